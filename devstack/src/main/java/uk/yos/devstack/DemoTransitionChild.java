package uk.yos.devstack;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * A child on a youth rehabilitation order who reaches 17 years 6 months about ten days after the load, so the north
 * team's transition list (a transition plan due) has someone on it; the case opened yesterday, so its start
 * assessment and screenings are due, not yet overdue. Found by its local reference on later runs.
 */
final class DemoTransitionChild extends DemoPart {

    static final String LOCAL_REFERENCE = "DEMO-T001";
    private static final int DAYS_UNTIL_TRANSITION = 10;

    DemoTransitionChild(DemoApi api, DemoTally tally, LocalDate today) {
        super(api, tally, today);
    }

    /** The child as DemoData describes one, born so that 17 years 6 months falls in ten days. */
    DemoData.Child child() {
        LocalDate born = today.plusDays(DAYS_UNTIL_TRANSITION).minusMonths(6).minusYears(17);
        int daysBeyond17 = (int) ChronoUnit.DAYS.between(born, today.minusYears(17));
        return new DemoData.Child(LOCAL_REFERENCE, "Riley", "Transitiondemo", null, 17, daysBeyond17, "NOT_STATED",
                "NOT_STATED", "KETTERING", "NORTH_OOC", false, false, false, "YOUTH_REHABILITATION_ORDER", "THEFT",
                "Theft from a shop (demo)", 3, 29);
    }

    void load() {
        DemoData.Child child = child();
        String user = child.creator().username();
        List<JsonNode> found = api.items(user, DemoData.findYoungPersonQuery(LOCAL_REFERENCE));
        String youngPersonId;
        if (found.isEmpty()) {
            youngPersonId = api.create(user, DemoData.YOUNG_PEOPLE, DemoData.youngPersonBody(child, today),
                    "yp-" + LOCAL_REFERENCE).path("id").asText();
            tally.created("transition children");
        } else {
            youngPersonId = found.get(0).path("id").asText();
            tally.found("transition children");
        }
        if (api.items(user, DemoData.findCasesQuery(youngPersonId)).isEmpty()) {
            api.create(user, DemoData.CASES, DemoData.caseBody(child, youngPersonId, today), "case-" + LOCAL_REFERENCE);
            tally.created("transition cases");
        } else {
            tally.found("transition cases");
        }
    }
}
