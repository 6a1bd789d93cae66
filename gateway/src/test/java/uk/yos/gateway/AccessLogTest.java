package uk.yos.gateway;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import uk.yos.testsupport.Persona;
import uk.yos.testsupport.Tokens;

/**
 * One access line per request: request id, caller, route, method, path, status, latency; 499 for a caller who hung
 * up before the answer.
 */
@QuarkusTest
class AccessLogTest {

    private static final Logger ACCESS = Logger.getLogger("uk.yos.gateway.access");

    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            lines.add(record instanceof ExtLogRecord ext ? ext.getFormattedMessage() : record.getMessage());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void capture() {
        UpstreamStubs.reset();
        ACCESS.addHandler(capture);
    }

    @AfterEach
    void release() {
        ACCESS.removeHandler(capture);
    }

    @Test
    void aProxiedRequestIsLoggedWithItsCallerRouteAndStatusButNotItsQuery() throws InterruptedException {
        String token = Tokens.builder(Persona.CASE_MANAGER_WEST).claim("sub", "access-log-caller").sign();

        given().auth().oauth2(token).header("X-Request-Id", "access-log-1")
                .get("/api/v1/cases/42?familyName=Smith").then().statusCode(200);

        String line = lineFor("access-log-1");
        assertTrue(line.matches("requestId=access-log-1 caller=access-log-caller route=case-service method=GET "
                + "path=/api/v1/cases/42 status=200 latencyMs=\\d+"), line);
    }

    @Test
    void aRejectedRequestIsLoggedWithoutACaller() throws InterruptedException {
        given().header("X-Request-Id", "access-log-2").get("/api/v1/victims").then().statusCode(401);

        String line = lineFor("access-log-2");
        assertTrue(line.matches("requestId=access-log-2 caller=- route=victim-service method=GET path=/api/v1/victims "
                + "status=401 latencyMs=\\d+"), line);
    }

    @Test
    void theGatewaysOwnAnswersAreLoggedAsItsRoute() throws InterruptedException {
        given().header("X-Request-Id", "access-log-3").get("/q/health/live").then().statusCode(200);

        String line = lineFor("access-log-3");
        assertTrue(line.matches("requestId=access-log-3 caller=- route=gateway method=GET path=/q/health/live "
                + "status=200 latencyMs=\\d+"), line);
    }

    @Test
    void aCallerWhoHangsUpBeforeTheAnswerIsLoggedWith499() throws Exception {
        String token = Tokens.builder(Persona.CASE_MANAGER_WEST).claim("sub", "access-log-hang-up").sign();
        String path = HangingUpstream.HELD_PREFIX + "access-log";

        try (Socket caller = new Socket(InetAddress.getLoopbackAddress(), RestAssured.port)) {
            caller.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nX-Request-Id: access-log-4"
                    + "\r\nAuthorization: Bearer " + token + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            assertTrue(UpstreamStubs.hanging().awaitHeld(path, 10), "the request reached the service");
            caller.setSoLinger(true, 0);
        }

        String line = lineFor("access-log-4");
        assertTrue(line.matches("requestId=access-log-4 caller=access-log-hang-up route=hangup-service method=GET "
                + "path=" + path + " status=499 latencyMs=\\d+"), line);
    }

    /** The line is written when the response ends, possibly just after the client has read it: wait for it. */
    private String lineFor(String requestId) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            String line = lines.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (line != null && line.startsWith("requestId=" + requestId + " ")) {
                return line;
            }
        }
        assertNotNull(null, "no access line for " + requestId);
        return null;
    }
}
