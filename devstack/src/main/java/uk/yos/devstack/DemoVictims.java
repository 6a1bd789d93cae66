package uk.yos.devstack;

import static uk.yos.devstack.DemoApi.body;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;

/**
 * Victims of the demo cases' offences in victim-service, as the RJ worker: each linked to a case and its offence,
 * with consent recorded, an RJ decision with its reasons, the victim's views, and a restorative intervention
 * planned. Victims are found by case and name, interventions by victim; each step only when the record lacks it.
 */
final class DemoVictims extends DemoPart {

    private static final String RJ_WORKER = "rj-worker";
    private static final String VICTIMS = "/api/v1/victims";
    private static final String INTERVENTIONS = "/api/v1/rj-interventions";

    record DemoVictim(String caseReference, String givenName, String familyName, String address, String phone,
                      boolean rjOffered, String intervention) {
    }

    static final List<DemoVictim> VICTIMS_LIST = List.of(
            new DemoVictim("DEMO-0004", "Vivian", "Victimdemo", "1 Example Street, Wellingborough NN8 0AA",
                    "01933 000111", true, "LETTER_OF_EXPLANATION"),
            new DemoVictim("DEMO-0009", "Sam", "Shopdemo", "2 Example Parade, Wellingborough NN8 0AB",
                    "01933 000222", true, "DIRECT_CONFERENCE"),
            new DemoVictim("DEMO-0001", "Morgan", "Cyclistdemo", "3 Example Road, Northampton NN1 0AC",
                    "01604 000333", true, "COMMUNITY_REPARATION"),
            new DemoVictim("DEMO-0013", "Jo", "Ownerdemo", "4 Example Lane, Brackley NN13 0AD",
                    "01280 000444", false, null));

    DemoVictims(DemoApi api, DemoTally tally, LocalDate today) {
        super(api, tally, today);
    }

    void load(DemoCases cases) {
        for (DemoVictim demo : VICTIMS_LIST) {
            DemoCases.DemoCase c = cases.of(demo.caseReference());
            String path = VICTIMS + "/" + findOrCreate(demo, c);
            ApiClient.Response victim = api.readVersioned(RJ_WORKER, path);
            String etag = victim.etag();
            boolean consentNew = !victim.body().path("consent").hasNonNull("consentToContact");
            if (consentNew) {
                etag = api.change(RJ_WORKER, "PUT", path + "/consent", etag, body("policeConsentToShare", true,
                        "policeConsentOn", today, "consentToContact", true, "consentToContactOn", today)).etag();
            }
            tally.count("victim consents", consentNew);
            boolean decisionNew = !victim.body().path("rjDecision").hasNonNull("decidedOn");
            if (decisionNew) {
                etag = api.change(RJ_WORKER, "PUT", path + "/rj-decision", etag, body("offered", demo.rjOffered(),
                        "decidedOn", today, "reasons", demo.rjOffered()
                                ? "The victim wants an explanation; the child accepts responsibility (demo)"
                                : "The victim does not want contact with the child (demo)")).etag();
            }
            tally.count("RJ decisions", decisionNew);
            boolean feedbackNew = !victim.body().path("feedback").hasNonNull("recordedAt");
            if (feedbackNew) {
                api.change(RJ_WORKER, "PUT", path + "/feedback", etag, body("views",
                        "Wants to know why it happened (demo)", "wishes", "A letter of explanation before the panel",
                        "agreedReparation", "Four hours of community reparation"));
            }
            tally.count("victim feedback", feedbackNew);
            if (demo.intervention() != null) {
                intervention(demo, victim.body().path("id").asText());
            }
        }
    }

    private String findOrCreate(DemoVictim demo, DemoCases.DemoCase c) {
        for (JsonNode found : api.items(RJ_WORKER, VICTIMS + "?size=100&caseId=" + c.caseId())) {
            if (demo.givenName().equals(found.path("givenName").asText())
                    && demo.familyName().equals(found.path("familyName").asText())) {
                tally.found("victims");
                return found.path("id").asText();
            }
        }
        String offenceId = api.read(RJ_WORKER, c.path() + "/summary").path("offences").path(0).path("id").asText();
        JsonNode created = api.create(RJ_WORKER, VICTIMS, body("caseId", c.caseId(), "offenceId", offenceId,
                "givenName", demo.givenName(), "familyName", demo.familyName(), "address", demo.address(),
                "phone", demo.phone(), "email", (demo.givenName() + "." + demo.familyName()).toLowerCase()
                        + "@example.org", "preferredContactMethod", "PHONE", "referredOn", today,
                "vulnerableOrIntimidated", false, "mostSeriousCrime", false),
                "victim-" + demo.caseReference() + "-" + demo.familyName());
        tally.created("victims");
        return created.path("id").asText();
    }

    private void intervention(DemoVictim demo, String victimId) {
        if (!api.items(RJ_WORKER, INTERVENTIONS + "?victimId=" + victimId).isEmpty()) {
            tally.found("RJ interventions");
            return;
        }
        api.create(RJ_WORKER, INTERVENTIONS, body("victimId", victimId, "type", demo.intervention(),
                "plannedOn", today.plusDays(5)), "rj-intervention-" + demo.caseReference() + "-" + demo.familyName());
        tally.created("RJ interventions");
    }
}
