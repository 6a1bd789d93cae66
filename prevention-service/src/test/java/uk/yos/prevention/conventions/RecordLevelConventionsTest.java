package uk.yos.prevention.conventions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.yos.testsupport.ProblemAssertions.assertProblem;

import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import uk.yos.prevention.Api;
import uk.yos.prevention.Db;
import uk.yos.prevention.Fixtures;
import uk.yos.testsupport.CaseServiceStub;
import uk.yos.testsupport.Persona;

/**
 * Every endpoint that changes one referral, called with a valid body: an unknown id is 404, a missing If-Match
 * 428, an out-of-date one 412; none of them writes anything or calls case-service. (Reads of an unknown referral
 * are ApiConventionsTest's.)
 */
@QuarkusTest
class RecordLevelConventionsTest {

    private static final Persona WORKER = Persona.PREVENTION_WORKER;

    record Call(String method, String path, Map<String, Object> body) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    static Stream<Call> changes() {
        return Stream.of(
                new Call("PUT", "/triage", Fixtures.triage()),
                new Call("POST", "/decision", Fixtures.decision("YOUTH_CAUTION")),
                new Call("POST", "/closure", Fixtures.closure("NO_FURTHER_ACTION")));
    }

    @BeforeEach
    void reset() {
        CaseServiceStub.reset();
        CircuitBreakerMaintenance.get().resetAll();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("changes")
    void anUnknownReferralIsNotFound(Call call) {
        String unknown = Fixtures.PATH + "/" + UUID.randomUUID();
        String before = Db.snapshot();
        assertProblem(Api.as(WORKER).header("If-Match", "\"0\"").body(call.body())
                .request(call.method(), unknown + call.path()), 404);
        assertEquals(before, Db.snapshot());
        assertEquals(0, CaseServiceStub.server().getAllServeEvents().size());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("changes")
    void aChangeNeedsTheCurrentETag(Call call) {
        String id = Fixtures.triagedOffenceReferral(); // version 1: "0" is out of date
        String path = Fixtures.PATH + "/" + id + call.path();
        String before = Db.snapshot();
        assertProblem(Api.as(WORKER).body(call.body()).request(call.method(), path), 428);
        assertProblem(Api.as(WORKER).header("If-Match", "*").body(call.body()).request(call.method(), path), 428);
        assertProblem(Api.as(WORKER).header("If-Match", "\"0\"").body(call.body()).request(call.method(), path), 412)
                .getString("detail");
        assertProblem(Api.as(WORKER).header("If-Match", "W/\"1\"").body(call.body()).request(call.method(), path),
                412);
        assertEquals(before, Db.snapshot());
        assertEquals(0, CaseServiceStub.server().getAllServeEvents().size());
    }
}
