package uk.yos.gateway;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import uk.yos.gateway.upstream.Upstream;
import uk.yos.gateway.upstream.Upstreams;

/**
 * Callers who hang up mid-request (a browser navigating away, a partner client's short timeout) are not failures of
 * the service: the request to it is cancelled, and its circuit does not move. hangup-service's circuit would open
 * after two counted failures.
 */
@QuarkusTest
class CallerHangUpTest {

    private static final int HANG_UPS = 24;

    @Inject
    Upstreams upstreams;

    @Test
    void callersResettingTheirConnectionsMidRequestLeaveTheCircuitClosedAndTheRouteServed() throws Exception {
        HangingUpstream service = UpstreamStubs.hanging();
        String token = Callers.newUser();

        for (int i = 0; i < HANG_UPS; i++) {
            String path = HangingUpstream.HELD_PREFIX + i;
            try (Socket caller = new Socket(InetAddress.getLoopbackAddress(), RestAssured.port)) {
                // Half of them go while the gateway still waits for the answer, half in the middle of their own body.
                send(caller, i % 2 == 0 ? get(path, token) : unfinishedPost(path, token));
                assertTrue(service.awaitHeld(path, 10), "the request reached the service before its caller went");
                caller.setSoLinger(true, 0); // close with a reset, as a client that gives up does
            }
            assertTrue(service.awaitCancelled(path, 10), "the gateway cancels the request to the service");
        }

        given().auth().oauth2(Callers.newUser()).get(HangingUpstream.PREFIX + "/answer").then().statusCode(200);
        Upstream upstream = upstreams.named("hangup-service").orElseThrow();
        assertEquals(CircuitBreaker.State.CLOSED, upstream.circuitState());
        assertEquals(0, upstream.failedCalls());
    }

    private static String get(String path, String token) {
        return "GET " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token + "\r\n\r\n";
    }

    /** A POST that announces 1000 bytes of body and sends 10 of them. */
    private static String unfinishedPost(String path, String token) {
        return "POST " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token
                + "\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{\"name\":\"";
    }

    private static void send(Socket socket, String request) throws IOException {
        OutputStream out = socket.getOutputStream();
        out.write(request.getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }
}
