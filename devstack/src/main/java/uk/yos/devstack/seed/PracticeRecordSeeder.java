package uk.yos.devstack.seed;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;

import uk.yos.common.calendar.WorkingDayCalendar;

/**
 * The practice record of an open seeded case, by case-service's default rules: its start assessment (AssetPlus, 15
 * working days after a court or bail outcome; the Prevention and Diversion tool, 10, otherwise), completed for most
 * cases with ratings and the scaled approach they indicate, then its next review 3 months on; gang and CSE
 * screenings due 10 working days after the outcome for court orders and out-of-court cases; and the work ledger
 * row each of these makes, due, overdue or done as seen from the seed's date. Closed cases have none: they predate
 * the practice record in this population.
 */
final class PracticeRecordSeeder {

    private static final String SEED_USER = CaseSeeder.SEED_USER;
    private static final Set<String> ASSET_PLUS = Set.of("REFERRAL_ORDER", "YOUTH_REHABILITATION_ORDER",
            "YOUTH_REHABILITATION_ORDER_WITH_ISS", "DETENTION_AND_TRAINING_ORDER", "LONGER_CUSTODIAL_SENTENCE",
            "BAIL_SUPERVISION", "REMAND_TO_YOUTH_DETENTION_ACCOMMODATION");
    private static final Set<String> NOT_SCREENED = Set.of("PREVENTION", "BAIL_SUPERVISION",
            "REMAND_TO_YOUTH_DETENTION_ACCOMMODATION");
    private static final String[] HARM = {"LOW", "MEDIUM", "HIGH", "VERY_HIGH"};
    private static final int[] HARM_WEIGHTS = {55, 35, 8, 2};
    private static final String[] LIKELIHOOD = {"LOW", "MEDIUM", "HIGH"};
    private static final int[] LIKELIHOOD_WEIGHTS = {45, 40, 15};
    private static final String[] OUTCOMES = {"NO_CONCERNS", "CONCERNS_IDENTIFIED", "ALREADY_KNOWN"};
    private static final int[] OUTCOME_WEIGHTS = {85, 8, 7};

    private final LocalDate asOf;
    private final WorkingDayCalendar calendar;
    private final BatchInsert assessment;
    private final BatchInsert screening;
    private final BatchInsert work;

    PracticeRecordSeeder(Batches batches, LocalDate asOf, WorkingDayCalendar calendar) {
        this.asOf = asOf;
        this.calendar = calendar;
        this.assessment = batches.table("assessment", "id", "version", "case_id", "tool", "stage", "due_date",
                "started_on", "completed_on", "completed_by_subject", "completed_by", "rosh", "safety_wellbeing",
                "reoffending", "scaled_approach_indicated", "scaled_approach", "sign_off", "effective_on",
                "created_at", "created_by", "updated_at", "updated_by");
        this.screening = batches.table("screening", "id", "version", "case_id", "kind", "due_date", "completed_on",
                "outcome", "referral", "referral_made_on", "completed_by", "created_at", "created_by", "updated_at",
                "updated_by");
        this.work = batches.table("work_item", "id", "case_id", "young_person_id", "team_code", "kind", "source_id",
                "due_date", "completed_on", "state");
    }

    /** An open case's assessments, screenings and their work. */
    void seed(SeedRandom random, byte[] caseId, byte[] childId, String caseType, String team, LocalDate outcomeDate,
            LocalDateTime created, String workerId, String workerName) {
        boolean assetPlus = ASSET_PLUS.contains(caseType);
        String tool = assetPlus ? "ASSET_PLUS" : "PREVENTION_AND_DIVERSION";
        LocalDate startDue = calendar.plusWorkingDays(outcomeDate, assetPlus ? 15 : 10);
        LocalDate completed = done(random, outcomeDate, startDue);
        byte[] startId = random.uuid(created);
        if (completed == null) {
            assessment.row(startId, 0, caseId, tool, "START", startDue, null, null, null, null, null, null, null,
                    null, null, null, null, created, SEED_USER, created, SEED_USER);
            work.row(random.uuid(created), caseId, childId, team, "START_ASSESSMENT", startId, startDue, null, "DUE");
        } else {
            String rosh = random.weighted(HARM, HARM_WEIGHTS);
            String safety = random.weighted(HARM, HARM_WEIGHTS);
            String likelihood = random.weighted(LIKELIHOOD, LIKELIHOOD_WEIGHTS);
            String level = scaledApproach(likelihood, rosh, safety);
            LocalDateTime completedAt = random.during(completed);
            LocalDate started = completed.minusDays(random.between(0, 7));
            assessment.row(startId, 2, caseId, tool, "START", startDue, started.isBefore(outcomeDate) ? outcomeDate
                    : started, completed, workerId, workerName, rosh, safety, likelihood, level, level, "NOT_NEEDED",
                    completed, created, SEED_USER, completedAt, SEED_USER);
            work.row(random.uuid(created), caseId, childId, team, "START_ASSESSMENT", startId, startDue, completed,
                    "DONE");
            LocalDate reviewDue = onOrAfterWorkingDay(completed.plusMonths(3));
            byte[] reviewId = random.uuid(completedAt);
            assessment.row(reviewId, 0, caseId, tool, "REVIEW", reviewDue, null, null, null, null, null, null, null,
                    null, null, null, null, completedAt, SEED_USER, completedAt, SEED_USER);
            work.row(random.uuid(completedAt), caseId, childId, team, "REVIEW_ASSESSMENT", reviewId, reviewDue, null,
                    "DUE");
        }
        if (!NOT_SCREENED.contains(caseType)) {
            LocalDate screeningDue = calendar.plusWorkingDays(outcomeDate, 10);
            screening(random, caseId, childId, team, "GANG_EXPLOITATION", "GANG_SCREENING", screeningDue, outcomeDate,
                    created, workerName);
            screening(random, caseId, childId, team, "CHILD_SEXUAL_EXPLOITATION", "CSE_SCREENING", screeningDue,
                    outcomeDate, created, workerName);
        }
    }

    private void screening(SeedRandom random, byte[] caseId, byte[] childId, String team, String kind,
            String workKind, LocalDate due, LocalDate outcomeDate, LocalDateTime created, String workerName) {
        byte[] id = random.uuid(created);
        LocalDate completed = done(random, outcomeDate, due);
        if (completed == null) {
            screening.row(id, 0, caseId, kind, due, null, null, null, null, null, created, SEED_USER, created,
                    SEED_USER);
            work.row(random.uuid(created), caseId, childId, team, workKind, id, due, null, "DUE");
            return;
        }
        String outcome = random.weighted(OUTCOMES, OUTCOME_WEIGHTS);
        boolean referred = outcome.equals("CONCERNS_IDENTIFIED");
        screening.row(id, 1, caseId, kind, due, completed, outcome, referred ? "EXPLOITATION_PANEL" : null,
                referred ? completed : null, workerName, created, SEED_USER, random.during(completed), SEED_USER);
        work.row(random.uuid(created), caseId, childId, team, workKind, id, due, completed, "DONE");
    }

    /** Most work is done, about a tenth of it late; none of it after the seed's date. */
    private LocalDate done(SeedRandom random, LocalDate from, LocalDate due) {
        if (random.chance(0.15)) {
            return null;
        }
        LocalDate on = random.chance(0.1) ? due.plusDays(random.between(1, 20))
                : random.dateBetween(from.plusDays(1), due);
        return on.isAfter(asOf) ? null : on;
    }

    private LocalDate onOrAfterWorkingDay(LocalDate date) {
        return calendar.isWorkingDay(date) ? date : calendar.plusWorkingDays(date, 1);
    }

    /** case-service's default matrix: intensive when either is high, standard only when both are low. */
    private static String scaledApproach(String likelihood, String rosh, String safety) {
        boolean highHarm = rosh.equals("HIGH") || rosh.equals("VERY_HIGH") || safety.equals("HIGH")
                || safety.equals("VERY_HIGH");
        if (highHarm || likelihood.equals("HIGH")) {
            return "INTENSIVE";
        }
        return likelihood.equals("LOW") && rosh.equals("LOW") && safety.equals("LOW") ? "STANDARD" : "ENHANCED";
    }
}
