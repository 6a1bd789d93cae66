package uk.yos.gateway;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

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

    private AccessLines lines;

    @BeforeEach
    void capture() {
        UpstreamStubs.reset();
        lines = AccessLines.capture();
    }

    @AfterEach
    void release() {
        lines.close();
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

    private String lineFor(String requestId) throws InterruptedException {
        return lines.await(requestId).getFormattedMessage();
    }
}
