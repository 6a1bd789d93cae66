package uk.yos.devstack;

import static uk.yos.devstack.DemoApi.body;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Referral orders for the demo referral-order cases in referral-order-service, as the panel coordinator: one with
 * its initial panel scheduled, one whose initial panel met and agreed the contract (the order ACTIVE) and where the
 * child then missed a reparation session, and the others awaiting their initial panel. Orders are found by case,
 * panels by order; each step only when the record does not show it yet.
 */
final class DemoReferralOrders extends DemoPart {

    private static final String COORDINATOR = DemoVolunteers.COORDINATOR;
    private static final String ORDERS = "/api/v1/referral-orders";
    private static final String PANELS = "/api/v1/panels";

    /** What happens to a demo case's order. */
    enum Progress { AWAITING_PANEL, PANEL_SCHEDULED, CONTRACT_AGREED }

    record DemoOrder(String localReference, int lengthMonths, String court, String location, Progress progress) {
    }

    static final List<DemoOrder> ORDERS_LIST = List.of(
            new DemoOrder("DEMO-0004", 6, "Northampton Youth Court", "Kettering Youth Centre",
                    Progress.PANEL_SCHEDULED),
            new DemoOrder("DEMO-0009", 9, "Northampton Youth Court", "Wellingborough YOS office",
                    Progress.CONTRACT_AGREED),
            new DemoOrder("DEMO-0013", 12, "Northampton Youth Court", "Brackley Library", Progress.AWAITING_PANEL),
            new DemoOrder("DEMO-0019", 3, "Northampton Youth Court", "Daventry YOS office", Progress.PANEL_SCHEDULED));

    DemoReferralOrders(DemoApi api, DemoTally tally, LocalDate today) {
        super(api, tally, today);
    }

    /** @param volunteers the ACTIVE demo volunteers' ids, the chair first, two at least */
    void load(DemoCases cases, Map<String, String> volunteers) {
        for (DemoOrder demo : ORDERS_LIST) {
            DemoCases.DemoCase c = cases.of(demo.localReference());
            String orderId = order(c, demo);
            if (demo.progress() == Progress.AWAITING_PANEL) {
                continue;
            }
            JsonNode panel = initialPanel(c, demo, orderId, volunteers);
            if (demo.progress() == Progress.CONTRACT_AGREED) {
                agreeContract(panel);
                missedAppointment(orderId);
            }
        }
    }

    private String order(DemoCases.DemoCase c, DemoOrder demo) {
        List<JsonNode> found = api.items(COORDINATOR, ORDERS + "?caseId=" + c.caseId());
        if (!found.isEmpty()) {
            tally.found("referral orders");
            return found.get(0).path("id").asText();
        }
        JsonNode created = api.create(COORDINATOR, ORDERS, body("caseId", c.caseId(),
                "sentenceDate", c.outcomeDate(), "court", demo.court(), "lengthMonths", demo.lengthMonths()),
                "order-" + demo.localReference());
        tally.created("referral orders");
        return created.path("id").asText();
    }

    private JsonNode initialPanel(DemoCases.DemoCase c, DemoOrder demo, String orderId,
                                  Map<String, String> volunteers) {
        List<JsonNode> found = api.items(COORDINATOR, PANELS + "?referralOrderId=" + orderId + "&type=INITIAL");
        if (!found.isEmpty()) {
            tally.found("initial panels scheduled");
            return found.get(0);
        }
        // a panel that meets today was scheduled for this morning; the others are next week
        String scheduledFor = demo.progress() == Progress.CONTRACT_AGREED
                ? today + "T09:30:00" : today.plusDays(7) + "T10:00:00";
        // two volunteers, the first (the chair-trained one) in the chair
        List<String> ids = new ArrayList<>(volunteers.values());
        List<JsonNode> sitting = List.of(body("volunteerId", ids.get(0), "chair", true),
                body("volunteerId", ids.get(1), "chair", false));
        DemoData.Worker advisor = c.child().caseManager();
        JsonNode created = api.create(COORDINATOR, PANELS, body("referralOrderId", orderId, "type", "INITIAL",
                "scheduledFor", scheduledFor, "location", demo.location(),
                "advisors", List.of(body("workerId", advisor.id(), "workerName", advisor.name())),
                "volunteers", sitting), "initial-panel-" + demo.localReference());
        tally.created("initial panels scheduled");
        return created;
    }

    private void agreeContract(JsonNode panel) {
        if (!"SCHEDULED".equals(panel.path("status").asText())) {
            tally.found("contracts agreed");
            return;
        }
        String path = PANELS + "/" + panel.path("id").asText();
        api.change(COORDINATOR, "POST", path + "/outcome", api.readVersioned(COORDINATOR, path).etag(),
                body("heldOn", today, "attendance", "ATTENDED", "decision", "CONTRACT_AGREED",
                        "contractTerms", List.of("Attend 6 sessions of victim awareness work",
                                "10 hours of reparation at the community garden", "Write a letter of apology"),
                        "notes", "Good engagement; a parent attended (demo)"));
        tally.created("contracts agreed");
    }

    private void missedAppointment(String orderId) {
        String path = ORDERS + "/" + orderId;
        ApiClient.Response order = api.readVersioned(COORDINATOR, path);
        if (!order.body().path("missedAppointments").isEmpty()) {
            tally.found("missed appointments");
            return;
        }
        api.change(COORDINATOR, "POST", path + "/missed-appointments", order.etag(), body("missedOn", today,
                "kind", "REPARATION", "note", "No contact beforehand (demo)"));
        tally.created("missed appointments");
    }
}
