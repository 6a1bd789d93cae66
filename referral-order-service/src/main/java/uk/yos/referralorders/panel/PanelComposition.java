package uk.yos.referralorders.panel;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import uk.yos.common.problem.ProblemException;
import uk.yos.referralorders.support.ReferralOrderRules;
import uk.yos.referralorders.volunteer.TrainingKind;
import uk.yos.referralorders.volunteer.Volunteer;
import uk.yos.referralorders.volunteer.VolunteerStatus;
import uk.yos.web.problem.FieldError;

/**
 * Who may sit on a youth offender panel: at least one YOS panel advisor and at least two community volunteers, one of
 * them chairing with chair training; every volunteer ACTIVE, DBS-checked before the panel date with the check
 * expiring after it, and with no declared conflict of interest with the child. Every broken rule is reported at
 * once, against the field it concerns, so the coordinator can fix the panel in one go. Nor may a volunteer sit who
 * declared a conflict with one of the order's victims ({@link #requireNoVictimConflict}).
 */
@ApplicationScoped
public class PanelComposition {

    @Inject
    ReferralOrderRules rules;

    /** The volunteers by id, for a panel on {@code panelDate} for the child; 422 listing every broken rule. */
    public Map<UUID, Volunteer> check(LocalDate panelDate, UUID youngPersonId, List<AdvisorRequest> advisors,
            List<PanelVolunteerRequest> volunteers) {
        List<FieldError> broken = new ArrayList<>();
        int minAdvisors = rules.panel().minAdvisors();
        int minVolunteers = rules.panel().minVolunteers();
        if (advisors.size() < minAdvisors) {
            broken.add(new FieldError("advisors", "at least " + minAdvisors + " YOS panel advisor"
                    + (minAdvisors == 1 ? " is" : "s are") + " needed"));
        }
        Set<String> workers = new HashSet<>();
        for (int i = 0; i < advisors.size(); i++) {
            if (!workers.add(advisors.get(i).workerId())) {
                broken.add(new FieldError("advisors[" + i + "].workerId", "is listed twice"));
            }
        }
        if (volunteers.size() < minVolunteers) {
            broken.add(new FieldError("volunteers", "at least " + minVolunteers + " volunteers are needed"));
        }
        long chairs = volunteers.stream().filter(PanelVolunteerRequest::chairs).count();
        if (chairs != 1) {
            broken.add(new FieldError("volunteers", "exactly one volunteer must chair (" + chairs + " do)"));
        }

        List<UUID> ids = volunteers.stream().map(PanelVolunteerRequest::volunteerId).distinct().toList();
        Map<UUID, Volunteer> found = ids.isEmpty() ? Map.of()
                : Volunteer.<Volunteer>list("id in ?1", ids).stream()
                        .collect(Collectors.toMap(v -> v.id, Function.identity()));
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < volunteers.size(); i++) {
            PanelVolunteerRequest member = volunteers.get(i);
            String field = "volunteers[" + i + "]";
            if (!seen.add(member.volunteerId())) {
                broken.add(new FieldError(field + ".volunteerId", "is listed twice"));
                continue;
            }
            Volunteer volunteer = found.get(member.volunteerId());
            if (volunteer == null) {
                broken.add(new FieldError(field + ".volunteerId", "no such volunteer"));
                continue;
            }
            String who = volunteer.givenName + " " + volunteer.familyName;
            if (volunteer.status != VolunteerStatus.ACTIVE) {
                broken.add(new FieldError(field + ".volunteerId", who + " is " + volunteer.status + ", not ACTIVE"));
            }
            if (member.chairs() && !volunteer.hasTraining(TrainingKind.CHAIR)) {
                broken.add(new FieldError(field + ".chair", who + " has no CHAIR training and cannot chair"));
            }
            if (volunteer.dbsCheckedOn == null || volunteer.dbsExpiresOn == null) {
                broken.add(new FieldError(field + ".volunteerId", who + " has no DBS check recorded"));
            } else if (volunteer.dbsCheckedOn.isAfter(panelDate)) {
                broken.add(new FieldError(field + ".volunteerId", who + "'s DBS check (" + volunteer.dbsCheckedOn
                        + ") is dated after the panel (" + panelDate + ")"));
            } else if (!volunteer.dbsExpiresOn.isAfter(panelDate)) {
                broken.add(new FieldError(field + ".volunteerId", who + "'s DBS check expires on "
                        + volunteer.dbsExpiresOn + ", not after the panel date (" + panelDate + ")"));
            }
            if (volunteer.hasChildConflict(youngPersonId)) {
                broken.add(new FieldError(field + ".volunteerId", who
                        + " has declared a conflict of interest with this child"));
            }
        }
        if (!broken.isEmpty()) {
            throw ProblemException.unprocessable("The panel's composition breaks " + broken.size() + " rule"
                    + (broken.size() == 1 ? "" : "s") + "; see errors", broken);
        }
        return found;
    }

    /**
     * 409 when a volunteer on the panel has declared a conflict of interest with one of the order's victims: a
     * conflict with the order's recorded state rather than a field to correct, reported apart from the rules above.
     */
    public void requireNoVictimConflict(Collection<Volunteer> volunteers, Set<UUID> victimIds) {
        List<String> conflicted = volunteers.stream().filter(v -> v.hasVictimConflict(victimIds))
                .map(v -> v.givenName + " " + v.familyName).sorted().toList();
        if (!conflicted.isEmpty()) {
            throw ProblemException.conflict(String.join(", ", conflicted) + (conflicted.size() == 1 ? " has" : " have")
                    + " declared a conflict of interest with a victim of this order and may not sit on its panels");
        }
    }
}
