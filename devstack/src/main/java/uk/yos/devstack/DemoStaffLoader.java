package uk.yos.devstack;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Registers the demo workers who hold cases ({@link DemoData#staff}) in case-service's staff register, THROUGH its
 * API as the demo admin, so that cases can name them. Idempotent: a worker the register already knows (by their
 * Keycloak id) is left as they are.
 */
public final class DemoStaffLoader {

    private final ApiClient api;
    private final Function<String, String> tokenForUsername;
    private final Consumer<String> log;

    /**
     * @param baseUrl          case-service, or the gateway, e.g. http://localhost:8081
     * @param tokenForUsername access token of a demo user, e.g. {@code keycloak::tokenFor}
     */
    public DemoStaffLoader(String baseUrl, Function<String, String> tokenForUsername, Consumer<String> log) {
        this.api = new ApiClient(baseUrl);
        this.tokenForUsername = tokenForUsername;
        this.log = log;
    }

    /** Registers whoever is missing; answers how many were. */
    public int load() {
        String token = tokenForUsername.apply(DemoData.STAFF_REGISTRAR);
        LocalDate today = LocalDate.now();
        int registered = 0;
        for (DemoData.Worker worker : DemoData.staff()) {
            String query = DemoData.findStaffQuery(worker.id());
            JsonNode page = ApiClient.require2xx(api.get(query, token), "Looking up demo worker (GET " + query + ")");
            if (page.path("totalItems").asLong() == 0) {
                ApiClient.require2xx(api.post(DemoData.STAFF, token, DemoData.staffBody(worker, today),
                        "devstack-demo-staff-" + worker.username()),
                        "Registering demo worker " + worker.username() + " (POST " + DemoData.STAFF + ")");
                registered++;
            }
        }
        log.accept("Demo staff: " + registered + " registered, " + (DemoData.staff().size() - registered)
                + " already there");
        return registered;
    }
}
