package uk.yos.devstack;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Loads the {@link DemoData} children and cases THROUGH case-service's API (through the gateway, in
 * {@link DemoLoad}), as the demo operations managers (so validation, access rules and audit apply), after the demo
 * staff ({@link DemoStaffLoader}). Idempotent: a child found by its local reference is not created again,
 * and its case is only created when the child has none.
 */
public final class DemoDataLoader {

    private final ApiClient api;
    private final DemoStaffLoader staff;
    private final Function<String, String> tokenForUsername;
    private final Consumer<String> log;
    private final Map<String, String> tokens = new HashMap<>();

    /**
     * @param baseUrl          the gateway (or case-service itself), e.g. http://localhost:8080
     * @param tokenForUsername access token of a demo user, e.g. {@code keycloak::tokenFor}
     */
    public DemoDataLoader(String baseUrl, Function<String, String> tokenForUsername, Consumer<String> log) {
        this.api = new ApiClient(baseUrl);
        this.staff = new DemoStaffLoader(baseUrl, tokenForUsername, log);
        this.tokenForUsername = tokenForUsername;
        this.log = log;
    }

    /** What a run did. */
    public record Result(int childrenCreated, int childrenFound, int casesCreated, int casesFound) {
        @Override
        public String toString() {
            return "children: " + childrenCreated + " created, " + childrenFound + " already there; cases: "
                    + casesCreated + " created, " + casesFound + " already there";
        }
    }

    public Result load() {
        staff.load(); // the cases name the demo case managers, who must be in the staff register
        LocalDate today = LocalDate.now();
        int childrenCreated = 0;
        int childrenFound = 0;
        int casesCreated = 0;
        int casesFound = 0;
        for (DemoData.Child child : DemoData.children()) {
            String token = token(child.creator().username());
            Optional<String> existing = findYoungPerson(child, token);
            String youngPersonId;
            boolean newChild = existing.isEmpty();
            if (newChild) {
                JsonNode created = ApiClient.require2xx(api.post(DemoData.YOUNG_PEOPLE, token,
                                DemoData.youngPersonBody(child, today), "devstack-demo-yp-" + child.localReference()),
                        "Creating demo child " + child.localReference() + " (POST " + DemoData.YOUNG_PEOPLE + ")");
                youngPersonId = requireId(created, "POST " + DemoData.YOUNG_PEOPLE);
                childrenCreated++;
            } else {
                youngPersonId = existing.get();
                childrenFound++;
            }
            Optional<Boolean> hasCase = newChild ? Optional.of(false) : hasCase(youngPersonId, token);
            if (hasCase.orElse(true)) {
                // found, or cannot tell (no case filter in the API): never create a duplicate
                casesFound++;
            } else {
                ApiClient.require2xx(api.post(DemoData.CASES, token, DemoData.caseBody(child, youngPersonId, today),
                                "devstack-demo-case-" + child.localReference()),
                        "Creating the case of demo child " + child.localReference() + " (POST " + DemoData.CASES + ")");
                casesCreated++;
            }
        }
        Result result = new Result(childrenCreated, childrenFound, casesCreated, casesFound);
        log.accept("Demo data: " + result);
        return result;
    }

    private String token(String username) {
        // tokens live 5 minutes; a load takes seconds
        return tokens.computeIfAbsent(username, tokenForUsername);
    }

    private Optional<String> findYoungPerson(DemoData.Child child, String token) {
        String path = DemoData.findYoungPersonQuery(child.localReference());
        JsonNode page = ApiClient.require2xx(api.get(path, token), "Looking up demo child (GET " + path + ")");
        for (JsonNode item : page.path("items")) {
            if (child.localReference().equals(item.path("localReference").asText(child.localReference()))) {
                return Optional.of(requireId(item, "GET " + path));
            }
        }
        return Optional.empty();
    }

    private Optional<Boolean> hasCase(String youngPersonId, String token) {
        ApiClient.Response response = api.get(DemoData.findCasesQuery(youngPersonId), token);
        if (response.status() != 200 || response.body() == null) {
            return Optional.empty();
        }
        JsonNode items = response.body().path("items");
        return Optional.of(items.isArray() && items.size() > 0);
    }

    private static String requireId(JsonNode node, String what) {
        if (node == null || !node.hasNonNull("id")) {
            throw new DevStackException(what + " answered without an id: " + node);
        }
        return node.get("id").asText();
    }
}
