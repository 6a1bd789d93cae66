package uk.yos.cases.contact;

import java.time.YearMonth;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import uk.yos.cases.audit.CaseAuditAction;
import uk.yos.cases.caserecord.CaseService;
import uk.yos.cases.assessment.Assessments;
import uk.yos.cases.assessment.ScaledApproach;
import uk.yos.common.calendar.TimeSource;

/**
 * A month's contacts against the frequency the case's scaled approach in effect expects (configured per level), with
 * the case's warnings in the window and whether breach consideration is outstanding.
 */
@ApplicationScoped
public class ContactCompliance {

    @Inject
    CaseService cases;

    @Inject
    Assessments assessments;

    @Inject
    BreachConsiderations breaches;

    @Inject
    ContactSettings settings;

    @Inject
    TimeSource time;

    /** {@code month} null is the current month (England and Wales). */
    @Transactional
    public ComplianceView of(UUID caseId, YearMonth month) {
        cases.readVisible(caseId, CaseAuditAction.READ_CONTACTS);
        YearMonth asked = month == null ? YearMonth.from(time.today()) : month;
        int attended = Math.toIntExact(Contact.attended(caseId, asked.atDay(1).atStartOfDay(),
                asked.plusMonths(1).atDay(1).atStartOfDay()));
        Optional<ScaledApproach> level = assessments.scaledApproachInEffect(caseId);
        Integer expected = level.map(this::expectedPerMonth).orElse(null);
        ComplianceView.ContactExpectation expectation = expected == null
                ? ComplianceView.ContactExpectation.NO_SCALED_APPROACH
                : attended >= expected ? ComplianceView.ContactExpectation.MET
                        : ComplianceView.ContactExpectation.NOT_MET;
        Optional<BreachConsideration> outstanding = BreachConsideration.outstanding(caseId);
        return new ComplianceView(caseId, asked.toString(), level.orElse(null), expected, attended, expectation,
                Math.toIntExact(ContactWarning.since(caseId, breaches.windowStart())), outstanding.isPresent(),
                outstanding.map(b -> b.dueDate).orElse(null));
    }

    private int expectedPerMonth(ScaledApproach level) {
        return switch (level) {
            case STANDARD -> settings.expectedPerMonth().standard();
            case ENHANCED -> settings.expectedPerMonth().enhanced();
            case INTENSIVE -> settings.expectedPerMonth().intensive();
        };
    }
}
