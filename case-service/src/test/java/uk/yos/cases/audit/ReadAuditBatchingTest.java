package uk.yos.cases.audit;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.yos.testsupport.ProblemAssertions.assertProblem;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import uk.yos.cases.Api;
import uk.yos.cases.Db;
import uk.yos.cases.Fixtures;
import uk.yos.common.audit.AuditEvent;
import uk.yos.common.audit.AuditOutcome;
import uk.yos.common.audit.ReadAudits;
import uk.yos.testsupport.Concurrently;
import uk.yos.testsupport.Persona;
import uk.yos.testsupport.TestClock;

/**
 * Reads are audited in batches: concurrent reads share one transaction for their rows, and none is answered before
 * its row is committed, or at all (beyond a 503) when its batch fails.
 */
@QuarkusTest
class ReadAuditBatchingTest {

    private static final String PATH = "/api/v1/young-people/";

    @Inject
    ReadAudits readAudits;

    @Inject
    ControlledAuditBatchInsert insert;

    @Test
    void concurrentReadsAreAllAuditedInFewerTransactionsThanReads() throws Exception {
        String id = Fixtures.createYoungPerson(Persona.CASE_MANAGER_NORTH);
        // Fewer reads than pooled connections, after one on its own: every read reaches its wait promptly even on a
        // busy machine, since each waits at most yos.audit.reads.max-wait for its row.
        Api.as(Persona.CASE_MANAGER_NORTH).get(PATH + id).then().statusCode(200);
        int reads = 12;
        List<String> requestIds = new ArrayList<>();
        List<Callable<Response>> calls = new ArrayList<>();
        for (int i = 0; i < reads; i++) {
            String requestId = "batch-" + UUID.randomUUID();
            requestIds.add(requestId);
            calls.add(() -> Api.as(Persona.CASE_MANAGER_NORTH).header("X-Request-Id", requestId).get(PATH + id));
        }
        long batchesBefore = readAudits.writer().batchesCommitted();

        // The first read's row holds the writer; the others' rows queue behind it, and are written together.
        insert.holdNext();
        List<Response> answers;
        Thread releaser = new Thread(() -> {
            try {
                int inFirst = insert.awaitHeld();
                awaitQueued(reads - inFirst);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                insert.release();
            }
        });
        releaser.start();
        answers = Concurrently.run(calls.toArray(Callable[]::new));
        releaser.join();

        answers.forEach(answer -> answer.then().statusCode(200).body("id", equalTo(id)));
        for (String requestId : requestIds) {
            assertEquals(1, Db.count("select count(*) from audit_event where request_id = ? and action = 'READ' "
                    + "and record_type = 'YOUNG_PERSON' and record_id = ? and child_id is not null "
                    + "and subject = ? and outcome = 'SUCCESS'", requestId, id, Persona.CASE_MANAGER_NORTH.subject()),
                    requestId);
        }
        assertEquals(2, readAudits.writer().batchesCommitted() - batchesBefore,
                "the held batch, then every row that queued behind it in one transaction");
    }

    private void awaitQueued(int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (readAudits.writer().queued() < count && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
    }

    @Test
    void aReadWhoseBatchFailsIsAnswered503AndNotWithTheRecord() {
        String id = Fixtures.createYoungPerson(Persona.CASE_MANAGER_NORTH);
        String requestId = "failed-" + UUID.randomUUID();
        insert.failNext();

        Response refused = Api.as(Persona.CASE_MANAGER_NORTH).header("X-Request-Id", requestId).get(PATH + id);
        assertEquals("urn:yos:problem:service-unavailable", assertProblem(refused, 503).getString("type"));
        refused.then().header("X-Request-Id", requestId).header("ETag", (String) null)
                .body("familyName", equalTo(null));
        assertEquals(0, Db.count("select count(*) from audit_event where request_id = ?", requestId));

        // The writer goes on: the next read is written and answered.
        Api.as(Persona.CASE_MANAGER_NORTH).get(PATH + id).then().statusCode(200).body("id", equalTo(id));
        assertTrue(readAudits.writer().batchesFailed() >= 1);
    }

    @Test
    void aBatchedRowReadsBackThroughTheEntityAsWritten() {
        String id = Fixtures.createYoungPerson(Persona.CASE_MANAGER_NORTH);
        String requestId = "entity-" + UUID.randomUUID();
        Instant before = TestClock.INSTANCE.instant();
        Api.as(Persona.CASE_MANAGER_NORTH).header("X-Request-Id", requestId).get(PATH + id).then().statusCode(200);
        Instant after = TestClock.INSTANCE.instant();

        AuditEvent row = QuarkusTransaction.requiringNew()
                .call(() -> AuditEvent.<AuditEvent>find("requestId", requestId).singleResult());
        assertEquals(7, row.id.version());
        assertEquals(UUID.fromString(id), row.childId);
        assertEquals(id, row.recordId);
        assertEquals("case-manager-north", row.username);
        assertEquals(AuditOutcome.SUCCESS, row.outcome);
        assertFalse(row.occurredAt.isBefore(before.truncatedTo(ChronoUnit.MICROS)), row.occurredAt + " < " + before);
        assertFalse(row.occurredAt.isAfter(after), row.occurredAt + " > " + after);
    }

    @Test
    void aSearchIsAuditedBeforeItIsAnswered() {
        String requestId = "search-" + UUID.randomUUID();
        Api.as(Persona.CASE_MANAGER_NORTH).header("X-Request-Id", requestId).queryParam("name", "Zz")
                .get("/api/v1/young-people").then().statusCode(200);
        assertEquals(1, Db.count("select count(*) from audit_event where request_id = ? and action = 'SEARCH' "
                + "and record_type = 'YOUNG_PERSON' and detail like 'filters=%'", requestId));
    }
}
