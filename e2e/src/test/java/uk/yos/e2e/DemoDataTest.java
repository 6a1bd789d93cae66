package uk.yos.e2e;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.yos.e2e.Api.as;

import io.restassured.path.json.JsonPath;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.yos.devstack.DemoLoad;
import uk.yos.devstack.DemoTally;

/**
 * {@code ./yos up --demo-data} against the suite: the demo load runs twice through the gateway, as the suite's demo
 * users (the same dev realm users {@link Persona} names). The first load fills every service's main screens; the
 * second finds everything and creates nothing.
 */
@ExtendWith(SuiteExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("Demo data: loaded through the gateway for every service's screens, and a second load creates nothing")
class DemoDataTest {

    private static final String NORTH_TEAM = "NORTH_OOC";

    private DemoTally first;
    private DemoTally second;

    @BeforeAll
    void loadTwice(Suite suite) {
        // what a run interrupted after its first create left: the chair volunteer, not yet vetted or trained
        as(Persona.PANEL_COORDINATOR).header("Idempotency-Key", Api.idempotencyKey())
                .body(Api.json("givenName", "Chris", "familyName", "Chairdemo", "representative", true))
                .post("/api/v1/volunteers").then().statusCode(201);
        first = load(suite);
        second = load(suite);
    }

    private static DemoTally load(Suite suite) {
        return new DemoLoad(suite.gatewayUrl(), suite.keycloak()::tokenFor,
                message -> System.out.println("[demo-data] " + message)).load();
    }

    @Test
    @DisplayName("The first load creates records of every kind")
    void theFirstLoadCreatesEveryKind() {
        for (String kind : first.kinds()) {
            assertTrue(first.createdCount(kind) > 0, kind + " not created: " + first);
        }
        assertTrue(first.kinds().containsAll(List.of("children", "cases", "start assessments completed",
                "ratings sign-offs", "risk panels held", "screenings completed", "contingency plan revisions",
                "volunteers", "referral orders", "contracts agreed", "missed appointments", "victims",
                "RJ decisions", "RJ interventions", "prevention referrals", "prevention decisions")), first.toString());
    }

    @Test
    @DisplayName("The second load creates nothing and finds everything the first one left")
    void theSecondLoadCreatesNothing() {
        assertEquals(0, second.createdTotal(), second.toString());
        assertEquals(first.kinds(), second.kinds());
        for (String kind : first.kinds()) {
            assertEquals(first.createdCount(kind) + first.foundCount(kind), second.foundCount(kind), kind);
        }
    }

    @Test
    @DisplayName("A record an interrupted run left is finished, not made again")
    void anInterruptedRunIsFinished() {
        assertEquals(1, first.foundCount("volunteers"), first.toString());
        as(Persona.PANEL_COORDINATOR).get("/api/v1/volunteers?name=Chairdemo").then().statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items[0].status", equalTo("ACTIVE"))
                .body("items[0].chairTrained", equalTo(true));
    }

    @Test
    @DisplayName("Operations manager: the team's overdue, due and transition work lists the demo cases")
    void theOperationsManagersWorkLists() {
        String overdueCase = demoCaseId("DEMO-0005");
        as(Persona.OPERATIONS_MANAGER_NORTH).get("/api/v1/work?view=OVERDUE&teamCode={team}&size=100", NORTH_TEAM)
                .then().statusCode(200).body("items.caseId", hasItem(overdueCase));
        as(Persona.OPERATIONS_MANAGER_NORTH).get("/api/v1/work?view=DUE&kind=RISK_PANEL&teamCode={team}&size=100",
                NORTH_TEAM).then().statusCode(200).body("items.caseId", hasItem(demoCaseId("DEMO-0004")));
        as(Persona.OPERATIONS_MANAGER_NORTH).get("/api/v1/work?view=DUE&kind=RATINGS_SIGN_OFF&teamCode={team}"
                + "&size=100", NORTH_TEAM).then().statusCode(200)
                .body("items.caseId", hasItem(demoCaseId("DEMO-0003")));
        as(Persona.OPERATIONS_MANAGER_NORTH).get("/api/v1/work?view=DUE&kind=TRANSITION_PLAN&withinDays=30"
                + "&teamCode={team}&size=100", NORTH_TEAM).then().statusCode(200)
                .body("items.caseId", hasItem(demoCaseId("DEMO-T001")));
        as(Persona.CASE_MANAGER_NORTH).get("/api/v1/cases/{id}/plans", demoCaseId("DEMO-0002")).then()
                .statusCode(200).body("find { it.kind == 'CONTINGENCY' }.number", equalTo(2));
        as(Persona.CASE_MANAGER_NORTH).get("/api/v1/cases/{id}/screenings", demoCaseId("DEMO-0004")).then()
                .statusCode(200).body("referral", hasItem("NATIONAL_REFERRAL_MECHANISM"));
    }

    @Test
    @DisplayName("Panel coordinator: referral orders in each state, panels scheduled, active volunteers with a chair")
    void thePanelCoordinatorsLists() {
        JsonPath orders = as(Persona.PANEL_COORDINATOR).get("/api/v1/referral-orders?size=100").then()
                .statusCode(200).extract().jsonPath();
        assertTrue(orders.getList("items.caseId").containsAll(List.of(demoCaseId("DEMO-0004"), demoCaseId("DEMO-0009"),
                demoCaseId("DEMO-0013"), demoCaseId("DEMO-0019"))), orders.prettify());
        assertTrue(orders.getList("items.status").containsAll(List.of("ACTIVE", "AWAITING_CONTRACT")),
                orders.prettify());
        as(Persona.PANEL_COORDINATOR).get("/api/v1/panels?status=SCHEDULED&size=100").then().statusCode(200)
                .body("items.caseId", hasItem(demoCaseId("DEMO-0004")));
        as(Persona.PANEL_COORDINATOR).get("/api/v1/volunteers?status=ACTIVE&chairTrained=true&name=Chairdemo")
                .then().statusCode(200).body("items.givenName", hasItem("Chris"));
    }

    @Test
    @DisplayName("RJ worker: victims with consent and RJ decisions, and their interventions")
    void theRjWorkersLists() {
        as(Persona.RJ_WORKER).get("/api/v1/victims?caseId={caseId}", demoCaseId("DEMO-0004")).then()
                .statusCode(200).body("items.familyName", hasItem("Victimdemo"))
                .body("items.rjOffered", hasItem(true));
        as(Persona.RJ_WORKER).get("/api/v1/rj-interventions?size=100").then().statusCode(200)
                .body("items.caseId", hasItems(demoCaseId("DEMO-0004"), demoCaseId("DEMO-0009")));
    }

    @Test
    @DisplayName("Prevention worker: referrals received, triaged and decided; the caution opened a case")
    void thePreventionWorkersList() {
        JsonPath referrals = as(Persona.PREVENTION_WORKER).get("/api/v1/prevention-referrals?size=100").then()
                .statusCode(200).extract().jsonPath();
        assertTrue(referrals.getList("items.status").containsAll(List.of("RECEIVED", "TRIAGED", "DECIDED")),
                referrals.prettify());
        String caution = referrals.getString("items.find { it.child.familyName == 'Cautiondemo' }.id");
        String caseId = as(Persona.PREVENTION_WORKER).get("/api/v1/prevention-referrals/{id}", caution).then()
                .statusCode(200).extract().path("decision.caseId");
        as(Persona.OPERATIONS_MANAGER_NORTH).get("/api/v1/cases/{id}", caseId).then().statusCode(200)
                .body("caseType", equalTo("YOUTH_CAUTION"));
    }

    /** The case of a demo child, by its local reference. */
    private static String demoCaseId(String localReference) {
        String youngPersonId = as(ownerOf(localReference))
                .get("/api/v1/young-people?localReference={ref}", localReference).then().statusCode(200)
                .extract().path("items[0].id");
        return as(ownerOf(localReference)).get("/api/v1/cases?youngPersonId={id}", youngPersonId).then()
                .statusCode(200).extract().path("items[0].id");
    }

    /** The demo children of DEMO-0011 and above belong to the west team. */
    private static Persona ownerOf(String localReference) {
        boolean west = localReference.matches("DEMO-00(1[1-9]|20)");
        return west ? Persona.OPERATIONS_MANAGER_WEST : Persona.OPERATIONS_MANAGER_NORTH;
    }
}
