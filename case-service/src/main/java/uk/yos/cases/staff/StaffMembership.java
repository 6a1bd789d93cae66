package uk.yos.cases.staff;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.hibernate.annotations.UuidGenerator;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A worker's membership of a team in one role, from its start date to its end date, both days included (no end
 * date: open). Never deleted: ending one keeps it, so who was in the team when stays known.
 */
@Entity
@Table(name = "staff_membership")
public class StaffMembership extends PanacheEntityBase {

    @Id
    @UuidGenerator(style = UuidGenerator.Style.VERSION_7)
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "staff_member_id", nullable = false)
    public StaffMember staffMember;

    @Column(name = "team_code", length = 40, nullable = false)
    public String teamCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "team_role", length = 30, nullable = false)
    public TeamRole teamRole;

    @Column(name = "start_date", nullable = false)
    public LocalDate startDate;

    @Column(name = "end_date")
    public LocalDate endDate;

    @Column(name = "added_at", nullable = false)
    public Instant addedAt;

    @Column(name = "added_by", length = 255, nullable = false)
    public String addedBy;

    @Column(name = "ended_by", length = 255)
    public String endedBy;

    /** Whether the membership covers {@code day}: on or after its start, and on or before its last day. */
    public boolean isActiveOn(LocalDate day) {
        return !day.isBefore(startDate) && (endDate == null || !day.isAfter(endDate));
    }

    /** Whether this membership's days and those from {@code start} to {@code end} (null: open) share one. */
    boolean overlaps(LocalDate start, LocalDate end) {
        boolean startsBeforeOtherEnds = end == null || !startDate.isAfter(end);
        boolean otherStartsBeforeThisEnds = endDate == null || !start.isAfter(endDate);
        return startsBeforeOtherEnds && otherStartsBeforeThisEnds;
    }
}
