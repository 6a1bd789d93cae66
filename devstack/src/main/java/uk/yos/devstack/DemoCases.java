package uk.yos.devstack;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo children's cases as case-service has them (ids, type, outcome date), looked up through the API after
 * {@link DemoDataLoader} has made sure they exist, for the loaders that add to them.
 */
final class DemoCases {

    /** One demo child's case. */
    record DemoCase(DemoData.Child child, String youngPersonId, String caseId, String caseType, LocalDate outcomeDate) {

        String path() {
            return DemoData.CASES + "/" + caseId;
        }
    }

    private final Map<String, DemoCase> byReference = new LinkedHashMap<>();

    /** Finds every demo child's case, as the child's operations manager. */
    static DemoCases find(DemoApi api) {
        DemoCases cases = new DemoCases();
        for (DemoData.Child child : DemoData.children()) {
            String user = child.creator().username();
            List<JsonNode> people = api.items(user, DemoData.findYoungPersonQuery(child.localReference()));
            if (people.size() != 1) {
                throw new DevStackException("Demo child " + child.localReference() + " is not in case-service ("
                        + people.size() + " found)");
            }
            String youngPersonId = people.get(0).path("id").asText();
            String query = DemoData.findCasesQuery(youngPersonId) + "&caseType=" + child.caseType();
            List<JsonNode> found = api.items(user, query);
            if (found.isEmpty()) {
                throw new DevStackException("Demo child " + child.localReference() + " has no " + child.caseType()
                        + " case");
            }
            JsonNode c = found.get(0);
            cases.byReference.put(child.localReference(), new DemoCase(child, youngPersonId, c.path("id").asText(),
                    c.path("caseType").asText(), LocalDate.parse(c.path("outcomeDate").asText())));
        }
        return cases;
    }

    /** The case of the demo child with this local reference. */
    DemoCase of(String localReference) {
        DemoCase c = byReference.get(localReference);
        if (c == null) {
            throw new DevStackException("No demo child " + localReference + " in DemoData");
        }
        return c;
    }

    /** The demo cases of one type, in DemoData's order. */
    List<DemoCase> ofType(String caseType) {
        return byReference.values().stream().filter(c -> c.caseType().equals(caseType)).toList();
    }
}
