package uk.yos.devstack;

import static uk.yos.devstack.DemoApi.body;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo panel volunteers in referral-order-service, as the panel coordinator: one chair and two more volunteers
 * taken through DBS check, training and to ACTIVE, and one applicant still to be vetted. Found by name; each step
 * done only when the volunteer record does not show it yet. None is linked to the panel-volunteer demo account: a
 * Keycloak account can be linked to one volunteer record only, and the e2e journey links that one.
 */
final class DemoVolunteers extends DemoPart {

    static final String COORDINATOR = "panel-coordinator";
    private static final String VOLUNTEERS = "/api/v1/volunteers";

    /** A demo volunteer; {@code ready} ones end ACTIVE, the others stay applicants. */
    record Volunteer(String givenName, String familyName, boolean chair, boolean ready) {
    }

    static final List<Volunteer> VOLUNTEERS_LIST = List.of(
            new Volunteer("Chris", "Chairdemo", true, true),
            new Volunteer("Dana", "Paneldemo", false, true),
            new Volunteer("Eden", "Paneldemo", false, true),
            new Volunteer("Frankie", "Applicantdemo", false, false));

    DemoVolunteers(DemoApi api, DemoTally tally, LocalDate today) {
        super(api, tally, today);
    }

    /** Loads the volunteers; answers the ACTIVE ones' ids by given name, the chair first. */
    Map<String, String> load() {
        Map<String, String> active = new LinkedHashMap<>();
        for (Volunteer v : VOLUNTEERS_LIST) {
            String id = findOrCreate(v);
            if (v.ready()) {
                makeReady(id, v);
                active.put(v.givenName(), id);
            }
        }
        return active;
    }

    private String findOrCreate(Volunteer v) {
        for (JsonNode found : api.items(COORDINATOR, VOLUNTEERS + "?size=100&name=" + Http.enc(v.familyName()))) {
            if (v.givenName().equals(found.path("givenName").asText())
                    && v.familyName().equals(found.path("familyName").asText())) {
                tally.found("volunteers");
                return found.path("id").asText();
            }
        }
        String email = (v.givenName() + "." + v.familyName()).toLowerCase() + "@volunteers.example";
        JsonNode created = api.create(COORDINATOR, VOLUNTEERS, body("givenName", v.givenName(),
                "familyName", v.familyName(), "email", email, "representative", true),
                "volunteer-" + v.givenName() + "-" + v.familyName());
        tally.created("volunteers");
        return created.path("id").asText();
    }

    /** DBS check, initial (and chair) training, TRAINED, then ACTIVE: whichever the record still lacks. */
    private void makeReady(String id, Volunteer v) {
        String path = VOLUNTEERS + "/" + id;
        ApiClient.Response current = api.readVersioned(COORDINATOR, path);
        JsonNode record = current.body();
        String etag = current.etag();
        boolean changed = false;
        if (!record.path("dbsValid").asBoolean()) {
            etag = api.change(COORDINATOR, "PUT", path + "/dbs-check", etag, body("checkedOn", today.minusDays(30),
                    "expiresOn", today.plusYears(3))).etag();
            changed = true;
        }
        if (!hasTraining(record, "INITIAL")) {
            etag = api.change(COORDINATOR, "POST", path + "/training-records", etag, body("kind", "INITIAL",
                    "completedOn", today.minusDays(20), "provider", "YOS")).etag();
            changed = true;
        }
        if (v.chair() && !hasTraining(record, "CHAIR")) {
            etag = api.change(COORDINATOR, "POST", path + "/training-records", etag, body("kind", "CHAIR",
                    "completedOn", today.minusDays(10), "provider", "YOS")).etag();
            changed = true;
        }
        String status = record.path("status").asText();
        if (status.equals("APPLICANT")) {
            etag = api.change(COORDINATOR, "POST", path + "/status-changes", etag, body("status", "TRAINED")).etag();
            status = "TRAINED";
            changed = true;
        }
        if (status.equals("TRAINED")) {
            api.change(COORDINATOR, "POST", path + "/status-changes", etag, body("status", "ACTIVE"));
            changed = true;
        }
        tally.count("volunteers made active", changed);
    }

    private static boolean hasTraining(JsonNode volunteer, String kind) {
        for (JsonNode t : volunteer.path("training")) {
            if (kind.equals(t.path("kind").asText())) {
                return true;
            }
        }
        return false;
    }
}
