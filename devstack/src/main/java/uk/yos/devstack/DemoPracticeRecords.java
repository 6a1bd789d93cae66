package uk.yos.devstack;

import static uk.yos.devstack.DemoApi.body;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The practice record of the demo cases in case-service: start assessments in every state, ratings signed off by
 * the team's operations manager, Risk, Safety and Wellbeing panels due and held, gang and CSE screenings (one with
 * concerns referred to the National Referral Mechanism), a plan oversight record, intervention and contingency
 * plans (one with two versions). Each step looks at the record first and only does what is not done yet, so a
 * second run changes nothing and an interrupted one finishes.
 */
final class DemoPracticeRecords extends DemoPart {

    /** Where a case's start assessment is taken to. */
    enum Stage {
        /** Left as it is: past its due date. */
        OVERDUE,
        /** Completed, and signed off when the ratings need it. */
        COMPLETED,
        /** Completed with ratings that need a sign-off, not yet given. */
        AWAITING_SIGN_OFF,
        /** Completed with a high rating, signed off with actions: a risk panel is due. */
        PANEL_DUE,
        /** As PANEL_DUE, and the panel held: the next one is due at its review date. */
        PANEL_HELD
    }

    /** What the gang and CSE screenings are completed with, if at all. */
    enum Screenings { LEAVE, NO_CONCERNS, GANG_CONCERNS_REFERRED_TO_NRM }

    record Practice(String localReference, Stage stage, String rosh, String safetyAndWellbeing, String reoffending,
                    Screenings screenings, boolean interventionPlan, int contingencyPlanVersions) {
    }

    /** The demo practice: DemoData children by local reference (the rest keep their start assessment overdue). */
    static final List<Practice> PRACTICE = List.of(
            new Practice("DEMO-0001", Stage.COMPLETED, "LOW", "LOW", "LOW", Screenings.NO_CONCERNS, true, 0),
            new Practice("DEMO-0002", Stage.COMPLETED, "MEDIUM", "LOW", "MEDIUM", Screenings.NO_CONCERNS, false, 2),
            new Practice("DEMO-0003", Stage.AWAITING_SIGN_OFF, "MEDIUM", "HIGH", "MEDIUM", Screenings.LEAVE, false, 0),
            new Practice("DEMO-0004", Stage.PANEL_DUE, "HIGH", "MEDIUM", "HIGH",
                    Screenings.GANG_CONCERNS_REFERRED_TO_NRM, true, 0),
            new Practice("DEMO-0005", Stage.OVERDUE, null, null, null, Screenings.NO_CONCERNS, false, 0),
            new Practice("DEMO-0006", Stage.PANEL_HELD, "MEDIUM", "HIGH", "MEDIUM", Screenings.NO_CONCERNS, true, 1),
            new Practice("DEMO-0011", Stage.COMPLETED, "LOW", "LOW", "LOW", Screenings.NO_CONCERNS, true, 0),
            new Practice("DEMO-0014", Stage.AWAITING_SIGN_OFF, "HIGH", "HIGH", "HIGH", Screenings.LEAVE, false, 0));

    DemoPracticeRecords(DemoApi api, DemoTally tally, LocalDate today) {
        super(api, tally, today);
    }

    void load(DemoCases cases) {
        for (Practice practice : PRACTICE) {
            DemoCases.DemoCase c = cases.of(practice.localReference());
            JsonNode assessment = startAssessment(c, practice);
            if (practice.stage() != Stage.OVERDUE && practice.stage() != Stage.AWAITING_SIGN_OFF) {
                signOff(c, practice, assessment);
            }
            if (practice.stage() == Stage.PANEL_HELD) {
                holdRiskPanel(c);
            }
            if (practice.screenings() != Screenings.LEAVE) {
                completeScreenings(c, practice.screenings());
            }
            if (practice.interventionPlan()) {
                interventionPlan(c);
                planOversight(c);
            }
            if (practice.contingencyPlanVersions() > 0) {
                contingencyPlan(c, practice.contingencyPlanVersions());
            }
        }
    }

    private JsonNode startAssessment(DemoCases.DemoCase c, Practice practice) {
        String user = c.child().caseManager().username();
        JsonNode start = api.items(user, c.path() + "/assessments").stream()
                .filter(a -> "START".equals(a.path("stage").asText())).findFirst()
                .orElseThrow(() -> new DevStackException("Demo case " + c.child().localReference()
                        + " has no start assessment"));
        String status = start.path("status").asText();
        boolean open = status.equals("DUE") || status.equals("OVERDUE");
        if (practice.stage() == Stage.OVERDUE) {
            return start; // left past its due date on purpose
        }
        if (!open) {
            tally.found("start assessments completed");
            return start;
        }
        String path = c.path() + "/assessments/" + start.path("id").asText();
        String etag = api.readVersioned(user, path).etag();
        if (start.path("startedOn").isMissingNode()) {
            etag = api.change(user, "POST", path + "/start", etag, body("startedOn", today)).etag();
        }
        JsonNode completed = api.change(user, "POST", path + "/complete", etag, body("completedOn", today,
                "rosh", practice.rosh(), "safetyAndWellbeing", practice.safetyAndWellbeing(),
                "reoffending", practice.reoffending())).body();
        tally.created("start assessments completed");
        return completed;
    }

    private void signOff(DemoCases.DemoCase c, Practice practice, JsonNode assessment) {
        String signOff = assessment.path("signOff").asText();
        if (signOff.equals("AGREED")) {
            tally.found("ratings sign-offs");
        }
        if (!signOff.equals("OUTSTANDING")) {
            return; // agreed already, or the ratings need none
        }
        boolean high = practice.stage() == Stage.PANEL_DUE || practice.stage() == Stage.PANEL_HELD;
        String assessmentId = assessment.path("id").asText();
        JsonNode oversight = high
                ? body("reviewed", "RATING_CHANGE", "assessmentId", assessmentId, "decision", "AGREED_WITH_ACTIONS",
                        "comments", "Agree the raised rating; refer to the Risk, Safety and Wellbeing panel (demo)",
                        "reviewedOn", today, "actions", List.of(body("description", "Refer to the risk panel",
                                "dueDate", today.plusDays(7))))
                : body("reviewed", "RATING_CHANGE", "assessmentId", assessmentId, "decision", "AGREED",
                        "comments", "Ratings agreed (demo)", "reviewedOn", today);
        api.create(c.child().creator().username(), c.path() + "/oversight", oversight,
                "signoff-" + c.child().localReference());
        tally.created("ratings sign-offs");
    }

    private void holdRiskPanel(DemoCases.DemoCase c) {
        String user = c.child().caseManager().username();
        List<JsonNode> panels = api.items(user, c.path() + "/risk-panels");
        if (panels.stream().anyMatch(p -> p.hasNonNull("heldOn"))) {
            tally.found("risk panels held");
            return;
        }
        JsonNode due = panels.stream().findFirst().orElseThrow(() -> new DevStackException("Demo case "
                + c.child().localReference() + " has no risk panel due after its signed-off high rating"));
        String path = c.path() + "/risk-panels/" + due.path("id").asText();
        api.change(user, "POST", path + "/held", api.readVersioned(user, path).etag(), body("heldOn", today,
                "agencies", List.of("YOS", "Children's social care", "Police", "Education"),
                "decisions", "Safety plan agreed; referral to the exploitation panel (demo)",
                "actions", List.of(body("description", "Share the safety plan with the school", "owner",
                        "Case manager", "dueDate", today.plusDays(5))),
                "nextReviewDate", today.plusMonths(3)));
        tally.created("risk panels held");
    }

    private void completeScreenings(DemoCases.DemoCase c, Screenings result) {
        String user = c.child().caseManager().username();
        for (JsonNode screening : api.items(user, c.path() + "/screenings")) {
            if (screening.hasNonNull("completedOn")) {
                tally.found("screenings completed");
                continue;
            }
            boolean concerns = result == Screenings.GANG_CONCERNS_REFERRED_TO_NRM
                    && "GANG_EXPLOITATION".equals(screening.path("kind").asText());
            JsonNode outcome = concerns
                    ? body("completedOn", today, "outcome", "CONCERNS_IDENTIFIED",
                            "referral", "NATIONAL_REFERRAL_MECHANISM", "referralMadeOn", today,
                            "notes", "Seen with older peers linked to county lines (demo)")
                    : body("completedOn", today, "outcome", "NO_CONCERNS");
            String path = c.path() + "/screenings/" + screening.path("id").asText();
            api.change(user, "POST", path + "/complete", api.readVersioned(user, path).etag(), outcome);
            tally.created("screenings completed");
        }
    }

    private void interventionPlan(DemoCases.DemoCase c) {
        if (currentPlan(c, "INTERVENTION").isPresent()) {
            tally.found("intervention plans");
            return;
        }
        api.create(c.child().caseManager().username(), c.path() + "/plans", body("kind", "INTERVENTION",
                "plan", body("content", "Stay in education; avoid the peers involved in the offence; repair harm to "
                                + "the victim (demo)", "recordedOn", today, "reviewDate", today.plusMonths(3),
                        "interventions", List.of(
                                body("description", "Victim awareness sessions", "deliveredBy", "Case manager",
                                        "targetDate", today.plusMonths(2)),
                                body("description", "Weekly mentoring", "deliveredBy", "Youth mentor (demo)",
                                        "targetDate", today.plusMonths(3))))),
                "intervention-plan-" + c.child().localReference());
        tally.created("intervention plans");
    }

    private void planOversight(DemoCases.DemoCase c) {
        String manager = c.child().creator().username();
        boolean recorded = api.items(manager, c.path() + "/oversight").stream()
                .anyMatch(o -> "PLAN".equals(o.path("reviewed").asText()));
        if (recorded) {
            tally.found("plan oversight records");
            return;
        }
        api.create(manager, c.path() + "/oversight", body("reviewed", "PLAN", "decision", "AGREED",
                "comments", "The intervention plan fits the assessed needs (demo)", "reviewedOn", today),
                "plan-oversight-" + c.child().localReference());
        tally.created("plan oversight records");
    }

    private void contingencyPlan(DemoCases.DemoCase c, int versions) {
        String user = c.child().caseManager().username();
        Optional<JsonNode> plan = currentPlan(c, "CONTINGENCY");
        if (plan.isEmpty()) {
            plan = Optional.of(api.create(user, c.path() + "/plans", body("kind", "CONTINGENCY",
                    "plan", contingency("If the child goes missing: same-day call to the police and children's "
                            + "social care (demo)")), "contingency-plan-" + c.child().localReference()));
            tally.created("contingency plans");
        } else {
            tally.found("contingency plans");
        }
        if (versions > 1 && plan.get().path("number").asInt() < 2) {
            String path = c.path() + "/plans/" + plan.get().path("id").asText();
            api.change(user, "PUT", path, api.readVersioned(user, path).etag(), contingency("If the child goes "
                    + "missing or is seen with the older group: same-day strategy discussion with social care and "
                    + "police (demo, revised)"));
            tally.created("contingency plan revisions");
        } else if (versions > 1) {
            tally.found("contingency plan revisions");
        }
    }

    private JsonNode contingency(String content) {
        return body("content", content, "recordedOn", today, "reviewDate", today.plusMonths(3));
    }

    private Optional<JsonNode> currentPlan(DemoCases.DemoCase c, String kind) {
        return api.items(c.child().caseManager().username(), c.path() + "/plans").stream()
                .filter(p -> kind.equals(p.path("kind").asText())).findFirst();
    }
}
