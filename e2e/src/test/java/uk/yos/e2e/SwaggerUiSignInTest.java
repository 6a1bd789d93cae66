package uk.yos.e2e;

import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.yos.devstack.Http;
import uk.yos.devstack.Json;
import uk.yos.devstack.Jwt;

/**
 * A person trying the API in the gateway's Swagger UI, step by step as their browser goes: the Swagger UI's own
 * settings (client {@code yos-web}, PKCE, its redirect page) and the sign-in scheme of the documents the gateway
 * serves; then Keycloak's authorization endpoint with an S256 challenge and a state, its login form (action URL and
 * cookies) filled in with a demo user's password, the redirect back to the Swagger UI with a code and the same state,
 * the code exchanged with the verifier at the token endpoint as the public client (as the Swagger UI's page does, from
 * the gateway's origin), and one operation called through the gateway with that token. PKCE is required of the
 * client: a wrong verifier, or none, gets {@code invalid_grant}, and a request without a challenge gets no code.
 */
@ExtendWith(SuiteExtension.class)
@DisplayName("Signing in from the gateway's Swagger UI")
class SwaggerUiSignInTest {

    private static final String CLIENT_ID = "yos-web";
    private static final Persona PERSON = Persona.CASE_MANAGER_NORTH;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*\\saction=\"([^\"]+)\"");

    /** What a browser on this machine sees: the gateway at http://localhost:<port>, as its documents name it. */
    private static String gatewayOrigin;
    /** The Swagger UI's redirect page, as the page makes it absolute from the browser's address. */
    private static String redirectUri;
    private static String authorizationUrl;
    private static String tokenUrl;
    /** What the Swagger UI adds to each authorization request (its additionalQueryStringParams, e.g. a nonce). */
    private static final Map<String, String> ADDITIONAL_PARAMETERS = new LinkedHashMap<>();

    @BeforeAll
    static void readTheSwaggerUiAndTheDocument(Suite suite) {
        String page = RestAssured.given().baseUri(suite.gatewayUrl()).get("/q/swagger-ui/")
                .then().statusCode(200).extract().asString();
        assertTrue(page.contains("clientId: '" + CLIENT_ID + "'"), "the Swagger UI signs in as yos-web:\n" + page);
        assertTrue(page.contains("usePkceWithAuthorizationCodeGrant: true"), "with PKCE:\n" + page);
        assertFalse(page.contains("clientSecret"), "a public client has no secret:\n" + page);
        Matcher redirect = Pattern.compile("var oar = \"(/[^\"]+)\"").matcher(page);
        assertTrue(redirect.find(), "the redirect page:\n" + page);
        Matcher additional = Pattern.compile("additionalQueryStringParams: (\\{[^}]*\\})").matcher(page);
        if (additional.find()) {
            Json.parse(additional.group(1)).fields()
                    .forEachRemaining(field -> ADDITIONAL_PARAMETERS.put(field.getKey(), field.getValue().asText()));
        }

        JsonPath document = RestAssured.given().baseUri(suite.gatewayUrl()).get("/openapi/case-service.json")
                .then().statusCode(200)
                .body("paths.'/api/v1/cases'.get.security", hasItem(Map.of("keycloakSignIn", List.of())))
                .extract().jsonPath();
        gatewayOrigin = document.getString("servers[0].url");
        assertEquals("http://localhost:" + suite.stack().service("gateway").orElseThrow().port(), gatewayOrigin);
        redirectUri = gatewayOrigin + redirect.group(1);
        String flow = "components.securitySchemes.keycloakSignIn.flows.authorizationCode.";
        authorizationUrl = document.getString(flow + "authorizationUrl");
        tokenUrl = document.getString(flow + "tokenUrl");
        assertEquals(suite.keycloak().issuerUrl() + "/protocol/openid-connect/auth", authorizationUrl,
                "the realm as the browser reaches it");
        assertEquals(suite.keycloak().issuerUrl() + "/protocol/openid-connect/token", tokenUrl);
    }

    @Test
    @DisplayName("A demo user signs in with the code flow and PKCE, and the token works through the gateway")
    void aPersonSignsInAndCallsAnOperation(Suite suite) {
        Pkce pkce = Pkce.create();
        String code = signIn(suite, pkce);

        HttpResponse<String> exchanged = exchange(code, pkce.verifier());

        assertEquals(200, exchanged.statusCode(), exchanged.body());
        assertEquals(List.of(gatewayOrigin), exchanged.headers().allValues("Access-Control-Allow-Origin"),
                "the Swagger UI's page may read the answer: the gateway is one of yos-web's web origins (dev only)");
        JsonNode tokens = Json.parse(exchanged.body());
        assertEquals("bearer", tokens.path("token_type").asText().toLowerCase(java.util.Locale.ROOT));
        String accessToken = tokens.path("access_token").asText();
        JsonNode claims = Jwt.claims(accessToken);
        assertEquals(CLIENT_ID, claims.path("azp").asText(), claims.toString());
        assertEquals(PERSON.subject(), claims.path("sub").asText(), claims.toString());
        assertTrue(Json.texts(claims.get("aud")).contains("yos-api"), claims.toString());
        assertTrue(Json.texts(claims.path("realm_access").path("roles")).contains("case-manager"), claims.toString());

        RestAssured.given().spec(suite.spec()).header("X-Request-Id", Api.requestId()).auth().oauth2(accessToken)
                .get("/api/v1/cases")
                .then().statusCode(200);
    }

    @Test
    @DisplayName("PKCE is enforced: a wrong verifier or none is refused with invalid_grant")
    void aCodeNeedsItsVerifier(Suite suite) {
        Pkce pkce = Pkce.create();
        String code = signIn(suite, pkce);
        Pkce other = Pkce.create();
        assertNotEquals(pkce.verifier(), other.verifier());

        HttpResponse<String> refused = exchange(code, other.verifier());

        assertEquals(400, refused.statusCode(), refused.body());
        assertEquals("invalid_grant", Json.parse(refused.body()).path("error").asText(), refused.body());

        HttpResponse<String> withoutVerifier = exchange(signIn(suite, Pkce.create()), null);
        assertEquals(400, withoutVerifier.statusCode(), withoutVerifier.body());
        assertEquals("invalid_grant", Json.parse(withoutVerifier.body()).path("error").asText(),
                withoutVerifier.body());
    }

    @Test
    @DisplayName("Without a code challenge Keycloak sends the browser back with an error and no code")
    void anAuthorizationRequestWithoutAChallengeGetsNoCode() {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("response_type", "code");
        query.put("client_id", CLIENT_ID);
        query.put("redirect_uri", redirectUri);
        query.put("scope", "openid");
        query.put("state", random(16));
        query.putAll(ADDITIONAL_PARAMETERS);

        HttpResponse<String> answer = Http.send(get(authorizationUrl + "?" + form(query), new Cookies()));

        assertEquals(302, answer.statusCode(), answer.body());
        String location = answer.headers().firstValue("Location").orElseThrow();
        assertTrue(location.startsWith(redirectUri + "?"), location);
        Map<String, String> back = queryOf(URI.create(location));
        assertEquals("invalid_request", back.get("error"), location);
        assertEquals(query.get("state"), back.get("state"), location);
        assertFalse(back.containsKey("code"), location);
    }

    @Test
    @DisplayName("Keycloak sends a code only to a redirect page it knows: another port's Swagger UI gets none")
    void anUnknownRedirectPageGetsNoCode() {
        String elsewhere = "http://localhost:1" + redirectUri.substring(redirectUri.indexOf("/q/"));
        Map<String, String> query = authorizationQuery(Pkce.create(), random(16));
        query.put("redirect_uri", elsewhere);

        HttpResponse<String> answer = Http.send(get(authorizationUrl + "?" + form(query), new Cookies()));

        assertEquals(400, answer.statusCode(), "Keycloak answers with its own error page, never a redirect");
        assertTrue(answer.headers().firstValue("Location").isEmpty());
    }

    // --- the browser's steps ----------------------------------------------------------------------------------------

    /**
     * From the Swagger UI's "Authorize" to the code: the authorization request, Keycloak's login form filled in and
     * posted with the cookies Keycloak set, and the redirect back to the Swagger UI's page, whose state must be the
     * one sent. A fresh cookie jar each time, so Keycloak always shows its login form (no single sign-on session).
     */
    private static String signIn(Suite suite, Pkce pkce) {
        Cookies cookies = new Cookies();
        String state = random(16);

        HttpResponse<String> loginPage = Http.send(get(authorizationUrl + "?" + form(authorizationQuery(pkce, state)),
                cookies));
        assertEquals(200, loginPage.statusCode(), loginPage.body());
        cookies.keep(loginPage);
        Matcher action = FORM_ACTION.matcher(loginPage.body());
        assertTrue(action.find(), "no login form in:\n" + loginPage.body());
        String loginAction = action.group(1).replace("&amp;", "&");

        Map<String, String> credentials = new LinkedHashMap<>();
        credentials.put("username", PERSON.username());
        credentials.put("password", suite.keycloak().demoPassword());
        credentials.put("credentialId", "");
        HttpResponse<String> signedIn = Http.send(local(loginAction, cookies)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(credentials)))
                .build());

        assertEquals(302, signedIn.statusCode(), "the login was not accepted:\n" + signedIn.body());
        String location = signedIn.headers().firstValue("Location").orElseThrow();
        assertTrue(location.startsWith(redirectUri + "?"), "back to the Swagger UI's page: " + location);
        Map<String, String> back = queryOf(URI.create(location));
        assertEquals(state, back.get("state"), "the state the Swagger UI sent: " + location);
        assertFalse(back.containsKey("error"), location);
        assertNotNull(back.get("code"), location);
        return back.get("code");
    }

    private static Map<String, String> authorizationQuery(Pkce pkce, String state) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("response_type", "code");
        query.put("client_id", CLIENT_ID);
        query.put("redirect_uri", redirectUri);
        query.put("scope", "openid");
        query.put("state", state);
        query.put("code_challenge", pkce.challenge());
        query.put("code_challenge_method", "S256");
        query.putAll(ADDITIONAL_PARAMETERS);
        return query;
    }

    /** The code exchange the Swagger UI's page makes from the gateway's origin, as the public client (no secret). */
    private static HttpResponse<String> exchange(String code, String verifier) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("grant_type", "authorization_code");
        body.put("code", code);
        body.put("redirect_uri", redirectUri);
        body.put("client_id", CLIENT_ID);
        if (verifier != null) {
            body.put("code_verifier", verifier);
        }
        return Http.send(local(tokenUrl, new Cookies())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .header("Origin", gatewayOrigin)
                .POST(HttpRequest.BodyPublishers.ofString(form(body)))
                .build());
    }

    private static HttpRequest get(String url, Cookies cookies) {
        return local(url, cookies).GET().build();
    }

    /**
     * A request to Keycloak at the address it names (http://localhost:port, its fixed hostname), sent to 127.0.0.1,
     * where it listens ("localhost" may resolve to ::1 first), with the browser's cookies.
     */
    private static HttpRequest.Builder local(String url, Cookies cookies) {
        URI uri = URI.create(url);
        assertEquals("localhost", uri.getHost(), url);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url.replaceFirst("//localhost:", "//127.0.0.1:")))
                .timeout(Duration.ofSeconds(30));
        cookies.header().ifPresent(value -> request.header("Cookie", value));
        return request;
    }

    // --- small helpers ----------------------------------------------------------------------------------------------

    /** The cookies Keycloak sets, sent back on every later request of the same sign-in, as a browser does. */
    private static final class Cookies {
        private final Map<String, String> values = new LinkedHashMap<>();

        void keep(HttpResponse<?> response) {
            for (String setCookie : response.headers().allValues("Set-Cookie")) {
                String pair = setCookie.split(";", 2)[0];
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    values.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
                }
            }
        }

        java.util.Optional<String> header() {
            return values.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(values.entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; ")));
        }
    }

    /** RFC 7636: a high-entropy verifier and its S256 challenge, BASE64URL(SHA-256(verifier)). */
    private record Pkce(String verifier, String challenge) {
        static Pkce create() {
            String verifier = random(32);
            try {
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
                return new Pkce(verifier, Base64.getUrlEncoder().withoutPadding().encodeToString(digest));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** {@code bytes} random bytes, base64url without padding (only unreserved characters, as PKCE and state need). */
    private static String random(int bytes) {
        byte[] value = new byte[bytes];
        RANDOM.nextBytes(value);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(value);
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static Map<String, String> queryOf(URI uri) {
        Map<String, String> query = new LinkedHashMap<>();
        String raw = uri.getRawQuery();
        if (raw == null) {
            return query;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            query.put(URLDecoder.decode(name, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return query;
    }
}
