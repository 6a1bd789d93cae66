package uk.yos.referralorders.panel;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.hibernate.annotations.UuidGenerator;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A community volunteer sitting on a panel; exactly one of a panel's volunteers chairs it. */
@Entity
@Table(name = "panel_member")
public class PanelMember extends PanacheEntityBase {

    @Id
    @UuidGenerator(style = UuidGenerator.Style.VERSION_7)
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "panel_id", nullable = false)
    public Panel panel;

    @Column(name = "volunteer_id", nullable = false)
    public UUID volunteerId;

    @Column(name = "chair", nullable = false)
    public boolean chair;
}
