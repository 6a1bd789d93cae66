package uk.yos.testsupport.conventions;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;
import static uk.yos.testsupport.ProblemAssertions.assertProblem;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.function.Executable;
import org.opentest4j.AssertionFailedError;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import uk.yos.testsupport.Persona;
import uk.yos.testsupport.Tokens;
import uk.yos.web.problem.ProblemType;

/**
 * The conventions every service keeps, checked for every operation of the service's own OpenAPI document (served
 * by the running test app), so no list of endpoints is kept by hand. Per operation, each its own dynamic test:
 * <ul>
 * <li>it is documented completely: operationId, summary, tag, "Roles: ..." description, the bearer requirement,
 * 401, 403, 429, 500, 503 and 504 (and 404 with a path parameter, 412 and 428 with If-Match), the rate-limit
 * headers on every response, and bounds on every value;</li>
 * <li>its description names realm roles ({@code uk.yos.web.security.Roles}), the same ones its
 * {@code @RolesAllowed} does (the bearer requirement SmallRye OpenAPI writes from it), and a persona holds one;</li>
 * <li>no token, and each kind of bad token (not a JWT, expired, another audience, unknown key), is a 401 problem
 * with {@code WWW-Authenticate: Bearer};</li>
 * <li>every {@link Persona} whose roles the description does not name gets a 403 problem (and, like every 401, it
 * changes nothing: {@link #refusedCallsLeaveUnchanged}); every one it names gets
 * past security, to a documented answer that is not a server error (a made-up record id: 404, or 400 for the
 * empty body of a change), and an error answer is a problem;</li>
 * <li>with a request body: an XML body is a 415 problem.</li>
 * </ul>
 * An endpoint without a role annotation is refused to everyone ({@code deny-unannotated-endpoints}); it fails here
 * because its description names no role (or its named roles' personas get 403) and it has no bearer requirement.
 * The document as a whole: the bearer scheme, the gateway as the only server, unique operationIds, every resource
 * method in the module's code documented, the build's stored copy the same, every role with a persona.
 * <p>
 * In a service, one {@code @QuarkusTest} class:
 *
 * <pre>
 * &#64;TestFactory
 * Stream&lt;DynamicNode&gt; conventions() {
 *     return ApiConventions.forService("victim-service").refusedCallsLeaveUnchanged(Db::snapshot).tests();
 * }
 * </pre>
 */
public final class ApiConventions {

    /** The only server the documents name: the gateway (common's GatewayContractFilter). */
    public static final String GATEWAY_SERVER = "https://api.yos.example";
    /** Set by the gateway, documented on every response (common's ApiDocumentFilter). */
    public static final List<String> RATE_LIMIT_HEADERS = List.of("RateLimit-Limit", "RateLimit-Remaining",
            "RateLimit-Reset");
    /** Every operation declares these (429, 503 and 504 are also the gateway's, from common's ApiDocumentFilter). */
    public static final List<String> ERROR_RESPONSES = List.of("401", "403", "429", "500", "503", "504");

    private final String service;
    private Runnable beforeEachCall = () -> {
    };
    private Supplier<?> refusedCallsLeaveUnchanged = () -> null;
    private Supplier<?> everyCallLeavesUnchanged = () -> null;
    private final Map<String, Set<String>> callers = new LinkedHashMap<>();
    private final Set<String> unboundedArraysAllowed = new LinkedHashSet<>();
    private boolean changesToARecordNeedIfMatch;

    private ApiConventions(String service) {
        this.service = service;
    }

    /** The service's name, as the tests show it. */
    public static ApiConventions forService(String service) {
        return new ApiConventions(service);
    }

    /** Runs before each call the harness makes (dynamic tests get no {@code @BeforeEach}), e.g. resetting stubs. */
    public ApiConventions beforeEachCall(Runnable reset) {
        this.beforeEachCall = Objects.requireNonNull(reset);
        return this;
    }

    /**
     * What a refused call must not change (compared with {@code equals} before and after): every 401, 403 and 415.
     * Typically the row counts of the service's tables.
     */
    public ApiConventions refusedCallsLeaveUnchanged(Supplier<?> state) {
        this.refusedCallsLeaveUnchanged = Objects.requireNonNull(state);
        return this;
    }

    /** What no call the harness makes may change, whatever its answer, e.g. the requests a stub has received. */
    public ApiConventions everyCallLeavesUnchanged(Supplier<?> state) {
        this.everyCallLeavesUnchanged = Objects.requireNonNull(state);
        return this;
    }

    /**
     * These operations call another service (e.g. {@code case-service}): each must exist and document a 503 whose
     * description names that service.
     */
    public ApiConventions calling(String otherService, String... operationIds) {
        callers.computeIfAbsent(otherService, s -> new LinkedHashSet<>()).addAll(List.of(operationIds));
        return this;
    }

    /**
     * Arrays allowed without {@code maxItems}, named as {@link Bounds} names places (e.g.
     * {@code ReferralOrder.revocationRequests}, {@code listAllocations response 200}); api-quality's
     * {@code .spectral.yaml} gives the reason for each.
     */
    public ApiConventions unboundedArrays(String... places) {
        unboundedArraysAllowed.addAll(List.of(places));
        return this;
    }

    /** Every operation that is not a GET and names a record in its path documents 412 (it needs If-Match). */
    public ApiConventions changesToARecordNeedIfMatch() {
        this.changesToARecordNeedIfMatch = true;
        return this;
    }

    /** The document's checks, then one container of tests per operation. */
    public Stream<DynamicNode> tests() {
        ApiDocument document = ApiDocument.served();
        String madeUpId = UUID.randomUUID().toString();
        return Stream.concat(Stream.of(documentTests(document)),
                document.operations().stream().map(operation -> operationTests(operation, madeUpId)));
    }

    private DynamicNode documentTests(ApiDocument document) {
        String where = service + " OpenAPI document";
        List<DynamicTest> tests = new ArrayList<>(List.of(
                check(where, "the bearer security scheme (JWT, RFC 8725)", () -> {
                    Map<String, Object> bearer = document.map("components", "securitySchemes", "bearerAuth");
                    assertEquals("http", bearer.get("type"));
                    assertEquals("bearer", bearer.get("scheme"));
                    assertTrue(String.valueOf(bearer.get("description")).contains("RFC8725"), "RFC8725 named");
                }),
                check(where, "the gateway is the only server", () -> assertEquals(List.of(GATEWAY_SERVER),
                        ApiDocument.asList(document.get("servers")).stream()
                                .map(server -> ApiDocument.asMap(server).get("url")).toList(),
                        "the gateway, only")),
                check(where, "operationIds are unique", () -> {
                    List<String> ids = document.operations().stream().map(ApiOperation::operationId).toList();
                    assertFalse(ids.isEmpty(), "no operations");
                    assertEquals(ids.size(), ids.stream().distinct().count(), "operationIds are unique: " + ids);
                }),
                check(where, "every resource method in " + ResourceMethods.CLASSES + " is an operation, and back",
                        () -> assertEquals(ResourceMethods.declared(ApiConventions.class.getClassLoader()),
                                document.operations().stream().map(o -> o.method() + " " + o.path())
                                        .collect(Collectors.toCollection(TreeSet::new)),
                                "the code's endpoints (expected) and the document's operations")),
                check(where, "the build stores the document it serves (" + ApiDocument.STORED + ")", () -> {
                    assertTrue(Files.isRegularFile(ApiDocument.STORED), "missing "
                            + ApiDocument.STORED.toAbsolutePath());
                    assertEquals(document.map("paths").keySet(), ApiDocument.stored().map("paths").keySet());
                }),
                check(where, "every realm role has a persona to test it with", () -> {
                    Set<String> personaRoles = Stream.of(Persona.values()).flatMap(p -> p.roles().stream())
                            .collect(Collectors.toSet());
                    assertTrue(personaRoles.containsAll(KnownRoles.ALL), "roles without a persona: "
                            + KnownRoles.ALL.stream().filter(r -> !personaRoles.contains(r)).toList());
                }),
                check(where, "component schemas and headers are bounded", () -> {
                    List<String> problems = new ArrayList<>();
                    Bounds.ofComponents(document, unboundedArraysAllowed, problems);
                    assertTrue(problems.isEmpty(), String.join("\n", problems));
                })));
        callers.forEach((other, ids) -> tests.add(check(where, "the operations calling " + other + " exist: "
                + ids, () -> {
                    Set<String> documented = document.operations().stream().map(ApiOperation::operationId)
                            .collect(Collectors.toSet());
                    assertTrue(documented.containsAll(ids), "not in the document: "
                            + ids.stream().filter(id -> !documented.contains(id)).toList());
                })));
        return dynamicContainer(where, tests);
    }

    private DynamicNode operationTests(ApiOperation operation, String madeUpId) {
        String where = operation.toString();
        Set<Persona> allowed = operation.allowedPersonas();
        Persona signer = allowed.isEmpty() ? Persona.ADMIN : allowed.iterator().next();
        List<DynamicNode> tests = new ArrayList<>();
        tests.add(check(where, "is documented completely", () -> assertNoProblems(documentProblems(operation))));
        tests.add(check(where, "bounds every parameter and body", () -> {
            List<String> problems = new ArrayList<>();
            Bounds.ofOperation(operation, unboundedArraysAllowed, problems);
            assertNoProblems(problems);
        }));
        tests.add(check(where, "names its roles " + operation.describedRoles() + ", as @RolesAllowed does",
                () -> assertRoles(operation, allowed)));
        // Signed when the test runs: a token made when the tests are listed could have expired by then.
        tests.add(unauthenticated(operation, madeUpId, "no token", () -> null));
        tests.add(unauthenticated(operation, madeUpId, "a token that is not a JWT", () -> "not-a-jwt"));
        tests.add(unauthenticated(operation, madeUpId, "an expired token", () -> Tokens.expired(signer)));
        tests.add(unauthenticated(operation, madeUpId, "a token for another audience",
                () -> Tokens.withAudience(signer, "another-api")));
        tests.add(unauthenticated(operation, madeUpId, "a token signed by an unknown key",
                () -> Tokens.signedWithUnknownKey(signer)));
        for (Persona persona : Persona.values()) {
            boolean isAllowed = allowed.contains(persona);
            String name = persona + " " + persona.roles() + (isAllowed ? ": gets past security" : ": 403");
            tests.add(check(where, name, () -> {
                if (isAllowed) {
                    assertAllowed(operation, persona, madeUpId);
                } else {
                    assertRefused(operation, persona.token(), madeUpId, 403, ProblemType.FORBIDDEN);
                }
            }));
        }
        if (operation.hasRequestBody() && !allowed.isEmpty()) {
            Persona caller = allowed.iterator().next();
            tests.add(check(where, "an XML body is a 415 problem", () -> guarded(() -> assertProblemOfType(
                    request(operation, caller.token(), madeUpId, ContentType.XML, "<request/>"),
                    operation, madeUpId, 415, ProblemType.UNSUPPORTED_MEDIA_TYPE))));
        }
        return dynamicContainer(where, tests);
    }

    /** The rules every operation's documentation keeps; each broken one is a line. */
    private List<String> documentProblems(ApiOperation operation) {
        List<String> problems = new ArrayList<>();
        if (operation.operationId() == null) {
            problems.add("no operationId");
        }
        if (operation.get("summary") == null) {
            problems.add("no summary");
        }
        if (ApiDocument.asList(operation.get("tags")).isEmpty()) {
            problems.add("no tag");
        }
        String description = operation.description();
        if (description == null || !description.startsWith(ApiOperation.ROLES_PREFIX)) {
            problems.add("description does not start with its roles");
        }
        if (operation.get("security") == null) {
            problems.add("no security requirement");
        }
        Map<String, Object> responses = operation.responses();
        for (String status : ERROR_RESPONSES) {
            if (!responses.containsKey(status)) {
                problems.add("no " + status + " response");
            }
        }
        responses.forEach((status, response) -> {
            Map<String, Object> headers = ApiDocument.asMap(ApiDocument.asMap(response).get("headers"));
            if (!headers.keySet().containsAll(RATE_LIMIT_HEADERS)) {
                problems.add(status + " does not document the rate-limit headers");
            }
        });
        if (operation.path().contains("{") && !responses.containsKey("404")) {
            problems.add("no 404 response");
        }
        if (operation.hasHeader("If-Match")) {
            for (String status : List.of("412", "428")) {
                if (!responses.containsKey(status)) {
                    problems.add("needs If-Match but documents no " + status);
                }
            }
        }
        if (changesToARecordNeedIfMatch && !operation.method().equals("GET") && operation.path().contains("{")
                && !responses.containsKey("412")) {
            problems.add("a change without a documented 412");
        }
        callers.forEach((other, ids) -> {
            if (ids.contains(operation.operationId())
                    && !String.valueOf(operation.response("503").get("description")).contains(other)) {
                problems.add("calls " + other + " but its 503 does not say so");
            }
        });
        return problems;
    }

    private static void assertRoles(ApiOperation operation, Set<Persona> allowed) {
        List<String> described = operation.describedRoles();
        if (described.isEmpty()) {
            fail("its description names no role of uk.yos.web.security.Roles, so nobody can be tested as allowed "
                    + "(and without @RolesAllowed every caller is refused): " + operation.description());
        }
        assertEquals(new TreeSet<>(described), new TreeSet<>(operation.securityRoles()),
                "the roles its description names (expected) and the roles of its bearer requirement, i.e. its "
                        + "@RolesAllowed");
        assertFalse(allowed.isEmpty(), "no persona holds any of " + described
                + ", so no caller at all gets past security");
    }

    private DynamicTest unauthenticated(ApiOperation operation, String madeUpId, String what, Supplier<String> token) {
        return check(operation.toString(), "401 with " + what, () -> {
            Response response = assertRefused(operation, token.get(), madeUpId, 401, ProblemType.UNAUTHENTICATED);
            assertEquals("Bearer", response.header("WWW-Authenticate"), "WWW-Authenticate");
        });
    }

    /**
     * A dynamic test whose failure names the operation (or document) and the test: the reports show a dynamic
     * test by its index, e.g. {@code everyOperation()[3][12]}.
     */
    private static DynamicTest check(String where, String name, Executable test) {
        return dynamicTest(name, () -> {
            try {
                test.execute();
            } catch (AssertionFailedError failure) {
                throw new AssertionFailedError(where + " | " + name + ": " + failure.getMessage(),
                        failure.getExpected(), failure.getActual(), failure);
            } catch (AssertionError failure) {
                throw new AssertionError(where + " | " + name + ": " + failure.getMessage(), failure);
            }
        });
    }

    private Response assertRefused(ApiOperation operation, String token, String madeUpId, int status,
            ProblemType type) throws Throwable {
        Response[] answer = new Response[1];
        guarded(() -> {
            answer[0] = request(operation, token, madeUpId, ContentType.JSON, "{}");
            assertProblemOfType(answer[0], operation, madeUpId, status, type);
        });
        return answer[0];
    }

    private void assertAllowed(ApiOperation operation, Persona persona, String madeUpId) throws Throwable {
        beforeEachCall.run();
        Object untouched = everyCallLeavesUnchanged.get();
        Response response = request(operation, persona.token(), madeUpId, ContentType.JSON, "{}");
        int status = response.statusCode();
        String answer = status + " " + response.asString();
        if (status == 401 || status == 403) {
            fail(persona + " holds " + persona.roles() + ", which the description names ("
                    + operation.describedRoles() + "), but was refused: " + answer);
        }
        assertTrue(status < 500, () -> persona + " got a server error: " + answer);
        assertTrue(operation.responses().containsKey(String.valueOf(status))
                || operation.responses().containsKey("default"),
                () -> persona + " got " + status + ", which the operation does not document: " + answer);
        if (operation.addressesARecord()) {
            // Without a body nothing but the id can be wrong; an empty body may be refused before the id is looked up.
            boolean expected = status == 404 || status == 400 && operation.hasRequestBody();
            assertTrue(expected, () -> persona + ": a made-up record id should give 404" + (operation
                    .hasRequestBody() ? " (or 400 for the empty body)" : "") + " but gave " + answer);
        }
        if (status >= 400) {
            // Not checked for writes: a read the caller may not make is audited as DENIED (see AuditLog).
            assertProblem(response, status);
        }
        assertEquals(untouched, everyCallLeavesUnchanged.get(), "left unchanged by every call");
    }

    /** Runs a call that must be refused between the two state checks. */
    private void guarded(Executable call) throws Throwable {
        beforeEachCall.run();
        Object untouched = everyCallLeavesUnchanged.get();
        Object before = refusedCallsLeaveUnchanged.get();
        call.execute();
        assertEquals(before, refusedCallsLeaveUnchanged.get(), "a refused call wrote nothing");
        assertEquals(untouched, everyCallLeavesUnchanged.get(), "left unchanged by every call");
    }

    /** The problem body: its shape, and the type, title and instance this refusal has. */
    private static void assertProblemOfType(Response response, ApiOperation operation, String madeUpId, int status,
            ProblemType type) {
        JsonPath problem = assertProblem(response, status);
        assertEquals(type.uri(), problem.getString("type"), "type");
        assertEquals(type.title(), problem.getString("title"), "title");
        assertEquals(operation.samplePath(madeUpId), problem.getString("instance"), "instance: the request path");
    }

    private static Response request(ApiOperation operation, String token, String madeUpId, ContentType contentType,
            String body) {
        RequestSpecification request = given().contentType(contentType).accept(ContentType.JSON)
                .header("If-Match", "\"0\"");
        if (token != null) {
            request.auth().oauth2(token);
        }
        operation.requiredQuery(madeUpId).forEach(request::queryParam);
        if (operation.hasRequestBody()) {
            request.body(body);
        }
        return request.request(operation.method(), operation.samplePath(madeUpId));
    }

    private static void assertNoProblems(List<String> problems) {
        assertTrue(problems.isEmpty(), () -> "\n  " + String.join("\n  ", problems));
    }
}
