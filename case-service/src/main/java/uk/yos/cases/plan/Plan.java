package uk.yos.cases.plan;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import io.quarkus.panache.common.Sort;
import uk.yos.common.persistence.VersionedEntity;

/** A case's plan of one kind; its content lives in versions, the latest of which is current. */
@Entity
@Table(name = "plan")
public class Plan extends VersionedEntity {

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", length = 20, nullable = false)
    public PlanKind kind;

    @Column(name = "current_number", nullable = false)
    public int currentNumber;

    static List<Plan> ofCase(UUID caseId) {
        return list("caseId", Sort.by("kind"), caseId);
    }

    static Optional<Plan> ofKind(UUID caseId, PlanKind kind) {
        return find("caseId = ?1 and kind = ?2", caseId, kind).firstResultOptional();
    }
}
