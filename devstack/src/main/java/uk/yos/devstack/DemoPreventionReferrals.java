package uk.yos.devstack;

import static uk.yos.devstack.DemoApi.body;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;

/**
 * Prevention and diversion referrals in prevention-service, as the prevention worker, in each state: received,
 * triaged, and decided, one of them a youth caution whose decision opened a case in case-service through the
 * diversion intake. Found by referring organisation and the child's name; triage and decision only when the
 * referral has not reached them.
 */
final class DemoPreventionReferrals extends DemoPart {

    private static final String WORKER = "prevention-worker";
    private static final String REFERRALS = "/api/v1/prevention-referrals";

    /** How far a demo referral goes. */
    enum Progress { RECEIVED, TRIAGED, DECIDED }

    /** {@code offenceType} null: a RISK (prevention) referral; {@code decision} the joint decision's outcome. */
    record DemoReferral(String givenName, String familyName, int ageYears, String source, String organisation,
                        String offenceType, String offenceDescription, String decision, Progress progress) {
    }

    static final List<DemoReferral> REFERRALS_LIST = List.of(
            new DemoReferral("Ash", "Riskdemo", 13, "SCHOOL", "KETTERING_EXAMPLE_ACADEMY", null, null, null,
                    Progress.RECEIVED),
            new DemoReferral("Blake", "Triagedemo", 14, "SOCIAL_CARE", "NORTHAMPTONSHIRE_CHILDRENS_TRUST", null, null,
                    null, Progress.TRIAGED),
            new DemoReferral("Cameron", "Cautiondemo", 15, "POLICE", "NORTHAMPTONSHIRE_POLICE", "THEFT",
                    "Took a phone from a shop display (demo)", "YOUTH_CAUTION", Progress.DECIDED),
            new DemoReferral("Devon", "Resolutiondemo", 12, "POLICE", "NORTHAMPTONSHIRE_POLICE", "CRIMINAL_DAMAGE",
                    "Broke a fence panel (demo)", "COMMUNITY_RESOLUTION", Progress.DECIDED));

    DemoPreventionReferrals(DemoApi api, DemoTally tally, LocalDate today) {
        super(api, tally, today);
    }

    void load() {
        for (DemoReferral demo : REFERRALS_LIST) {
            String path = REFERRALS + "/" + findOrCreate(demo);
            ApiClient.Response referral = api.readVersioned(WORKER, path);
            String status = referral.body().path("status").asText();
            String etag = referral.etag();
            if (demo.progress() != Progress.RECEIVED) {
                boolean triage = status.equals("RECEIVED");
                if (triage) {
                    etag = api.change(WORKER, "PUT", path + "/triage", etag, triage(demo)).etag();
                    status = "TRIAGED";
                }
                tally.count("prevention triages", triage);
            }
            if (demo.progress() == Progress.DECIDED) {
                boolean decide = status.equals("TRIAGED");
                if (decide) {
                    api.change(WORKER, "POST", path + "/decision", etag, body("outcome", demo.decision(),
                            "reasons", "Admitted a first offence; proportionate with voluntary support (demo)",
                            "decidedOn", today, "owningTeamCode", "NORTH_OOC",
                            "panel", List.of(body("name", "Sgt Alex Policedemo", "agency", "POLICE"),
                                    body("name", "Piper Demoprevent", "agency", "YOS"))));
                }
                tally.count("prevention decisions", decide);
            }
        }
    }

    private String findOrCreate(DemoReferral demo) {
        String query = REFERRALS + "?size=100&referringOrganisation=" + demo.organisation();
        for (JsonNode found : api.items(WORKER, query)) {
            JsonNode child = found.path("child");
            if (demo.givenName().equals(child.path("givenName").asText())
                    && demo.familyName().equals(child.path("familyName").asText())) {
                tally.found("prevention referrals");
                return found.path("id").asText();
            }
        }
        JsonNode reason = demo.offenceType() == null
                ? body("type", "RISK", "risk", body("categories", List.of("CRIMINAL_EXPLOITATION"),
                        "detail", "Seen with older youths linked to county lines (demo)"))
                : body("type", "OFFENCE", "offence", body("offenceTypeCode", demo.offenceType(),
                        "description", demo.offenceDescription(), "offenceDate", today.minusDays(6),
                        "gravityScore", 2, "outcomeConsidered", demo.decision()));
        JsonNode created = api.create(WORKER, REFERRALS, body("source", demo.source(),
                "referringOrganisation", demo.organisation(),
                "referrer", body("name", "Referrer for " + demo.givenName() + " (demo)",
                        "contact", "referrals@" + demo.organisation().toLowerCase().replace('_', '-') + ".example"),
                "child", body("givenName", demo.givenName(), "familyName", demo.familyName(),
                        "dateOfBirth", today.minusYears(demo.ageYears()).minusDays(45), "gender", "NOT_STATED",
                        "school", "Kettering Example Academy"),
                "reason", reason), "prevention-" + demo.givenName() + "-" + demo.familyName());
        tally.created("prevention referrals");
        return created.path("id").asText();
    }

    private JsonNode triage(DemoReferral demo) {
        return body("assessmentCompletedOn", today, "notes", "Seen at home with a parent (demo)",
                "padatCompletedOn", today,
                "camhsScreening", body("screenedOn", today, "outcome", "NO_CONCERNS_IDENTIFIED"),
                "voluntaryWorkConsent", "GIVEN", "consentRecordedOn", today,
                "child", body("ethnicity", "NOT_STATED", "localityCode", "KETTERING", "childInCare", false,
                        "send", false, "ehcp", false));
    }
}
