package uk.yos.cases.staff;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import uk.yos.common.persistence.VersionedEntity;

/**
 * A YOS worker in the staff register, known by the Keycloak subject their tokens carry. Their memberships are part
 * of the record: adding or ending one moves its version (and ETag) on.
 */
@Entity
@Table(name = "staff_member")
public class StaffMember extends VersionedEntity {

    @Column(name = "subject", length = 64, nullable = false)
    public String subject;

    @Column(name = "display_name", length = 200, nullable = false)
    public String displayName;

    @Column(name = "fte", precision = 3, scale = 2, nullable = false)
    public BigDecimal fte;

    @OneToMany(mappedBy = "staffMember", cascade = CascadeType.PERSIST)
    @OrderBy("startDate, id")
    public List<StaffMembership> memberships = new ArrayList<>();

    public static Optional<StaffMember> findBySubject(String subject) {
        return find("subject", subject).firstResultOptional();
    }
}
