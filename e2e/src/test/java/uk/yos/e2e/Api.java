package uk.yos.e2e;

import static io.restassured.RestAssured.given;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

/** Requests to the gateway as one {@link Persona}, and the small helpers every e2e test uses. */
public final class Api {

    /** The services' calendar ("today" is the day in England, whatever this machine's zone). */
    public static final ZoneId LONDON = ZoneId.of("Europe/London");

    private static final SecureRandom RANDOM = new SecureRandom();

    static {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private Api() {
    }

    /**
     * A request to the gateway with the persona's bearer token (none for {@link Persona#ANONYMOUS}) and a request id
     * of its own ({@code e2e-<uuid>}), so a failing request can be found in the gateway's and services' logs.
     */
    public static RequestSpecification as(Persona persona) {
        return as(persona, requestId());
    }

    /** As {@link #as(Persona)}, with the given {@code X-Request-Id}. */
    public static RequestSpecification as(Persona persona, String requestId) {
        Suite suite = Suite.get();
        RequestSpecification request = given().spec(suite.spec()).header("X-Request-Id", requestId);
        return persona.hasToken() ? request.auth().oauth2(suite.token(persona)) : request;
    }

    public static String requestId() {
        return "e2e-" + UUID.randomUUID();
    }

    /** A JSON object from name, value pairs, in that order (Map.of stops at ten pairs). */
    public static java.util.Map<String, Object> json(Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("names and values come in pairs");
        }
        java.util.Map<String, Object> json = new java.util.LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            json.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return json;
    }

    /** A fresh {@code Idempotency-Key}. */
    public static String idempotencyKey() {
        return "e2e-" + UUID.randomUUID();
    }

    public static LocalDate today() {
        return LocalDate.now(LONDON);
    }

    /** Upper-case letters only (valid in names, references and codes alike): makes each run's data unique. */
    public static String uniqueLetters(int length) {
        String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ";
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return sb.toString();
    }
}
