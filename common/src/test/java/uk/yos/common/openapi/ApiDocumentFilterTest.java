package uk.yos.common.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.validation.constraints.Max;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.junit.jupiter.api.Test;

import uk.yos.common.idempotency.IdempotentCreation;
import uk.yos.common.paging.PageRequest;
import uk.yos.web.problem.ProblemType;

class ApiDocumentFilterTest {

    private final OpenAPI document = document();

    @Test
    void namesTheGatewayAsTheOneServer() {
        assertEquals(1, document.getServers().size());
        var server = document.getServers().get(0);
        assertEquals("https://api.yos.example", server.getUrl());
        assertEquals(false, server.getExtensions().get("x-internal"));
        assertTrue(server.getDescription().contains("production"));
    }

    @Test
    void everyResponseHasTheGatewaysRateLimitHeadersAnd429503And504() {
        for (Operation operation : List.of(get(), put())) {
            Map<String, APIResponse> responses = operation.getResponses().getAPIResponses();
            assertTrue(responses.keySet().containsAll(List.of("429", "503", "504")), responses.keySet()::toString);
            responses.forEach((status, response) -> assertTrue(response.getHeaders().keySet()
                    .containsAll(List.of("RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset")), status));
        }
        APIResponse tooMany = get().getResponses().getAPIResponse("429");
        assertEquals("#/components/headers/Retry-After", tooMany.getHeaders().get("Retry-After").getRef());
        assertEquals("urn:yos:problem:too-many-requests", exampleType(tooMany));
        assertEquals("urn:yos:problem:gateway-timeout", exampleType(get().getResponses().getAPIResponse("504")));
        assertEquals("urn:yos:problem:service-unavailable", exampleType(get().getResponses().getAPIResponse("503")));
        Schema retryAfter = document.getComponents().getHeaders().get("Retry-After").getSchema();
        assertEquals(List.of(SchemaType.INTEGER), retryAfter.getType());
        assertEquals(BigDecimal.ZERO, retryAfter.getMinimum());
    }

    @Test
    void aLocalDateTimeIsDocumentedWithoutAnOffsetAndAnInstantWithOne() {
        Schema local = document.getComponents().getSchemas().get("LocalDateTime");
        assertNull(local.getFormat());
        assertEquals(29, local.getMaxLength());
        Pattern pattern = Pattern.compile(local.getPattern());
        assertTrue(pattern.matcher("2026-12-09T17:30:00").matches());
        assertTrue(pattern.matcher("2026-12-09T17:30").matches());
        assertTrue(pattern.matcher("2026-12-09T17:30:00.123456789").matches());
        assertTrue(!pattern.matcher("2026-12-09T17:30:00Z").matches());
        assertEquals("date-time", document.getComponents().getSchemas().get("Instant").getFormat());
    }

    @Test
    void anOperationWithABodyCanAnswer413And415AndOneWithoutCannot() {
        Map<String, APIResponse> withBody = put().getResponses().getAPIResponses();
        assertEquals("urn:yos:problem:payload-too-large", exampleType(withBody.get("413")));
        assertEquals("urn:yos:problem:unsupported-media-type", exampleType(withBody.get("415")));
        Map<String, APIResponse> withoutBody = get().getResponses().getAPIResponses();
        assertNull(withoutBody.get("413"));
        assertNull(withoutBody.get("415"));
    }

    @Test
    void anOperationsOwn503KeepsItsWordsAndAddsTheGateways() {
        String description = put().getResponses().getAPIResponse("503").getDescription();
        assertTrue(description.startsWith("case-service is unavailable; or, set by the gateway"), description);
    }

    @Test
    void errorResponsesDeclaredWithoutABodyGetTheProblemBody() {
        APIResponse unauthorized = get().getResponses().getAPIResponse("401");
        assertEquals("No valid bearer token for audience yos-api", unauthorized.getDescription());
        assertEquals("urn:yos:problem:unauthenticated", exampleType(unauthorized));
        APIResponse conflict = put().getResponses().getAPIResponse("409");
        assertEquals("The case is closed", conflict.getDescription());
        assertEquals("urn:yos:problem:conflict", exampleType(conflict));
        assertEquals("#/components/schemas/FieldError", document.getComponents().getSchemas().get("Problem")
                .getProperties().get("errors").getItems().getRef());
    }

    @Test
    void stringsGetTheLengthTheirFormatOrWholeValuePatternAllows() {
        Map<String, Schema> schemas = document.getComponents().getSchemas();
        assertEquals(10, schemas.get("LocalDate").getMaxLength());
        assertEquals(36, schemas.get("UUID").getMaxLength());
        Map<String, Schema> thing = schemas.get("Thing").getProperties();
        assertEquals(40, thing.get("code").getMaxLength());
        assertEquals(7, thing.get("declared").getMaxLength(), "a declared bound is kept");
        assertNull(thing.get("name").getMaxLength(), "@NotBlank's \\S says nothing about length");
        assertNull(thing.get("notes").getMaxLength());
    }

    @Test
    void theIdempotencyKeyAndIfMatchHeadersGetTheFormTheServicesAccept() throws ReflectiveOperationException {
        Schema key = header(put(), "Idempotency-Key");
        assertEquals(100, key.getMaxLength());
        Field safeKey = IdempotentCreation.class.getDeclaredField("SAFE_KEY");
        safeKey.setAccessible(true);
        assertEquals("^" + ((Pattern) safeKey.get(null)).pattern() + "$", key.getPattern());

        Schema ifMatch = header(put(), "If-Match");
        assertEquals(21, ifMatch.getMaxLength());
        assertTrue(Pattern.matches(ifMatch.getPattern(), "\"9223372036854775807\""));
    }

    @Test
    void pagesGetThePagingLimits() throws ReflectiveOperationException {
        Map<String, Schema> page = document.getComponents().getSchemas().get("ThingPage").getProperties();
        assertEquals(PageRequest.MAX_SIZE, page.get("items").getMaxItems());
        assertEquals(BigDecimal.valueOf(PageRequest.MAX_SIZE), page.get("size").getMaximum());
        long maxPage = PageRequest.class.getDeclaredField("page").getAnnotation(Max.class).value();
        assertEquals(BigDecimal.valueOf(maxPage), page.get("page").getMaximum());
        assertEquals(BigDecimal.ZERO, page.get("totalItems").getMinimum());
    }

    private Operation get() {
        return document.getPaths().getPathItem("/api/v1/things/{id}").getGET();
    }

    private Operation put() {
        return document.getPaths().getPathItem("/api/v1/things/{id}").getPUT();
    }

    private static Schema header(Operation operation, String name) {
        return operation.getParameters().stream().filter(p -> p.getName().equals(name)).findFirst().orElseThrow()
                .getSchema();
    }

    @SuppressWarnings("unchecked")
    private static String exampleType(APIResponse response) {
        Object example = response.getContent().getMediaType("application/problem+json").getExample();
        return (String) ((Map<String, Object>) example).get("type");
    }

    /** A small document as SmallRye writes one, before the filter. */
    private static OpenAPI document() {
        Operation get = OASFactory.createOperation().responses(OASFactory.createAPIResponses()
                .addAPIResponse("200", OASFactory.createAPIResponse().description("The thing"))
                .addAPIResponse("401", OASFactory.createAPIResponse().description("Not Authorized")));
        Operation put = OASFactory.createOperation()
                .addParameter(headerParameter("If-Match"))
                .addParameter(headerParameter("Idempotency-Key"))
                .requestBody(OASFactory.createRequestBody())
                .responses(OASFactory.createAPIResponses()
                        .addAPIResponse("409", OASFactory.createAPIResponse().description("The case is closed"))
                        .addAPIResponse("503", StandardResponsesFilter.problemResponse(
                                ProblemType.SERVICE_UNAVAILABLE,
                                "case-service is unavailable")));
        OpenAPI openAPI = OASFactory.createOpenAPI()
                .addServer(OASFactory.createServer().url("http://localhost:8081"))
                .paths(OASFactory.createPaths().addPathItem("/api/v1/things/{id}",
                        OASFactory.createPathItem().GET(get).PUT(put)))
                .components(OASFactory.createComponents()
                        .addSchema("LocalDate", string().format("date"))
                        .addSchema("UUID", string().format("uuid"))
                        .addSchema("LocalDateTime", string().format("date-time"))
                        .addSchema("Instant", string().format("date-time"))
                        .addSchema("Thing", object()
                                .addProperty("code", string().pattern("[A-Z0-9_]{1,40}"))
                                .addProperty("declared", string().pattern("[A-Z]{1,40}").maxLength(7))
                                .addProperty("name", string().pattern("\\S"))
                                .addProperty("notes", string()))
                        .addSchema("ThingPage", object()
                                .addProperty("items", OASFactory.createSchema().addType(SchemaType.ARRAY)
                                        .items(OASFactory.createSchema().ref("Thing")))
                                .addProperty("page", integer())
                                .addProperty("size", integer())
                                .addProperty("totalItems", integer())));
        new ApiDocumentFilter().filterOpenAPI(openAPI);
        return openAPI;
    }

    private static Parameter headerParameter(String name) {
        return OASFactory.createParameter().name(name).in(Parameter.In.HEADER).schema(string());
    }

    private static Schema string() {
        return OASFactory.createSchema().addType(SchemaType.STRING);
    }

    private static Schema integer() {
        return OASFactory.createSchema().addType(SchemaType.INTEGER);
    }

    private static Schema object() {
        return OASFactory.createSchema().addType(SchemaType.OBJECT);
    }
}
