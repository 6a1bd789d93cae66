package uk.yos.e2e.benchmark;

import static org.hamcrest.Matchers.equalTo;
import static uk.yos.e2e.Api.as;
import static uk.yos.e2e.Api.idempotencyKey;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import uk.yos.e2e.Api;
import uk.yos.e2e.Persona;

/**
 * A young person the benchmark created through the gateway: the record the reads ask for, and the one a virtual user
 * of the write phase changes again and again.
 *
 * @param details the body it was created with (a full {@code YoungPersonRequest})
 */
record BenchmarkChild(String id, Map<String, Object> details) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Creates a north child as {@code creator} and reads it back once. */
    static BenchmarkChild create(Persona creator) {
        String tag = Api.uniqueLetters(8);
        Map<String, Object> details = Api.json("localReference", "BENCH-" + tag, "givenName", "Bailey",
                "familyName", "Benchmark" + tag.toLowerCase(), "dateOfBirth", Api.today().minusYears(15).toString(),
                "gender", "NOT_STATED", "ethnicity", "NOT_STATED", "localityCode", "CORBY", "childInCare", false,
                "send", false, "ehcp", false);
        String id = as(creator).header("Idempotency-Key", idempotencyKey()).body(details)
                .post("/api/v1/young-people")
                .then().statusCode(201).extract().path("id");
        as(creator).get("/api/v1/young-people/{id}", id).then().statusCode(200).body("id", equalTo(id));
        return new BenchmarkChild(id, Map.copyOf(details));
    }

    String path() {
        return "/api/v1/young-people/" + id;
    }

    /** The body of a PUT that changes only the preferred name: a real change, so every write updates the row. */
    String replacementWithPreferredName(String preferredName) {
        Map<String, Object> body = new LinkedHashMap<>(details);
        body.put("preferredName", preferredName);
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
