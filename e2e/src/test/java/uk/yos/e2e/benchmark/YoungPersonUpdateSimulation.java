package uk.yos.e2e.benchmark;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import java.util.List;
import java.util.Map;

/**
 * A write with optimistic locking: each user owns one child, reads it once to take its ETag, then replaces it again
 * and again with {@code If-Match}, taking the new ETag from each answer. Users never share a child, so a 412 would be
 * a fault, not a lost race.
 */
public class YoungPersonUpdateSimulation extends Simulation {

    private static final String CHILD = "child";
    private static final String ETAG = "etag";
    private static final String EDITS = "edits";

    {
        SimulationInput input = SimulationInput.forThisSimulation();
        if (input.children().size() < input.settings().users()) {
            throw new IllegalStateException("One child per user: " + input.settings().users() + " users, "
                    + input.children().size() + " children");
        }
        List<Map<String, Object>> owners = input.children().stream()
                .map(child -> Map.<String, Object>of(CHILD, child)).toList();
        ChainBuilder takeETag = feed(listFeeder(owners).queue())
                .exec(http("take the ETag").get(session -> child(session).path())
                        .check(status().is(200), header("ETag").saveAs(ETAG)))
                .exec(session -> session.set(EDITS, 0));
        setUp(MeasuredLoad.closedLoad(input, "PUT /api/v1/young-people/{id} with If-Match", takeETag,
                name -> exec(session -> session.set(EDITS, session.getInt(EDITS) + 1))
                        .exec(http(name).put(session -> child(session).path())
                                .header("If-Match", "#{" + ETAG + "}")
                                .body(StringBody(session -> child(session)
                                        .replacementWithPreferredName("Edit " + session.getInt(EDITS))))
                                .asJson()
                                .check(MeasuredLoad.SUCCESS, header("ETag").saveAs(ETAG)))))
                .protocols(MeasuredLoad.protocol(input));
    }

    private static BenchmarkChild child(Session session) {
        return session.get(CHILD);
    }
}
