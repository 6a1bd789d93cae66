package uk.yos.cases.referencedata;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity
@Table(name = "reference_item")
public class ReferenceItem extends PanacheEntityBase {

    @EmbeddedId
    public Key key;

    @Column(name = "name", length = 120, nullable = false)
    public String name;

    @Column(name = "area_code", length = 40)
    public String areaCode;

    @Column(name = "active", nullable = false)
    public boolean active;

    @Version
    @Column(name = "version", nullable = false)
    public long version;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "updated_by", length = 255)
    public String updatedBy;

    @Embeddable
    public static class Key implements Serializable {

        @Enumerated(EnumType.STRING)
        @Column(name = "category", length = 30, nullable = false)
        public ReferenceCategory category;

        @Column(name = "code", length = 40, nullable = false)
        public String code;

        public Key() {
        }

        public Key(ReferenceCategory category, String code) {
            this.category = category;
            this.code = code;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.category == category && Objects.equals(key.code, code);
        }

        @Override
        public int hashCode() {
            return Objects.hash(category, code);
        }
    }
}
