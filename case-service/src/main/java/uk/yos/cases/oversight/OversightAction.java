package uk.yos.cases.oversight;

import java.time.LocalDate;
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

/** An action a manager set in an oversight record, to be done by its due date. */
@Entity
@Table(name = "oversight_action")
public class OversightAction extends PanacheEntityBase {

    @Id
    @UuidGenerator(style = UuidGenerator.Style.VERSION_7)
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "oversight_id", nullable = false)
    public OversightRecord oversight;

    @Column(name = "position", nullable = false)
    public int position;

    @Column(name = "description", length = 500, nullable = false)
    public String description;

    @Column(name = "due_date", nullable = false)
    public LocalDate dueDate;

    static OversightAction of(OversightRecord oversight, int position, OversightRequest.ActionRequest request) {
        OversightAction action = new OversightAction();
        action.oversight = oversight;
        action.position = position;
        action.description = request.description().strip();
        action.dueDate = request.dueDate();
        return action;
    }
}
