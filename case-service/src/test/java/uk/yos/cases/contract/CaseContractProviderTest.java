package uk.yos.cases.contract;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static uk.yos.testsupport.ProblemAssertions.assertValidationProblem;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import uk.yos.cases.Api;
import uk.yos.cases.Fixtures;
import uk.yos.cases.caserecord.CaseStatus;
import uk.yos.cases.caserecord.CaseType;
import uk.yos.testsupport.Persona;
import uk.yos.testsupport.TestClock;

/**
 * case-service's side of case-contract: what it answers is exactly what the contract's types declare, read
 * strictly (a property the contract does not declare fails), with every field the contract requires present
 * ({@code missingFields()}; an optional one, such as a case's outcome date, is left out when it has no value); and
 * what a consumer sends, written from the contract's types, is what it accepts.
 * The consumers' side is tested against stubs built from the same types (test-support's CaseServiceStub).
 */
@QuarkusTest
class CaseContractProviderTest {

    /** Stricter than any consumer: consumers ignore what they do not know, this test refuses it. */
    private static final ObjectMapper STRICT = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);

    private static <T> T strictly(Response response, Class<T> type) throws Exception {
        return STRICT.readValue(response.asString(), type);
    }

    private static String openCase(Persona caseManager, String caseType) {
        String child = Fixtures.createYoungPerson(caseManager);
        return Fixtures.openCaseAs(caseManager, Fixtures.openCase(child, caseType)).then().statusCode(201)
                .extract().path("id");
    }

    @Test
    void theStrictReadingItselfRefusesAnUndeclaredPropertyAndFindsAnAbsentRequiredOne() throws Exception {
        String id = UUID.randomUUID().toString();
        assertThrows(MismatchedInputException.class, () -> STRICT.readValue("{\"caseId\":\"" + id
                + "\",\"youngPersonId\":\"" + id + "\",\"youngPersonMatched\":true,\"sourceReference\":\"x\","
                + "\"givenName\":\"Alex\"}", DiversionIntake.class));
        assertEquals(List.of("sourceReference"), STRICT.readValue("{\"caseId\":\"" + id
                + "\",\"youngPersonId\":\"" + id + "\",\"youngPersonMatched\":true}", DiversionIntake.class)
                .missingFields());
    }

    @Test
    void theSummaryIsACaseReferenceForEveryRoleThatMayReadIt() throws Exception {
        String referralOrder = openCase(Persona.CASE_MANAGER_NORTH, CaseReference.REFERRAL_ORDER);
        for (Persona reader : List.of(Persona.CASE_MANAGER_NORTH, Persona.OPERATIONS_MANAGER_NORTH,
                Persona.HEAD_OF_SERVICE, Persona.RJ_WORKER, Persona.PANEL_COORDINATOR)) {
            Response response = Api.as(reader).get(CaseServicePaths.summary(UUID.fromString(referralOrder)));
            response.then().statusCode(200);

            CaseReference reference = strictly(response, CaseReference.class);

            assertEquals(List.of(), reference.missingFields(), reader + ": " + response.asString());
            assertEquals(UUID.fromString(referralOrder), reference.id());
            assertEquals(CaseReference.REFERRAL_ORDER, reference.caseType());
            assertEquals("COURT", reference.category());
            assertEquals(CaseReference.OPEN, reference.status());
            assertEquals("NORTH_OOC", reference.owningTeamCode());
            assertEquals(TestClock.today().minusDays(10), reference.outcomeDate());
            assertEquals(1, reference.offences().size());
            CaseReference.OffenceReference offence = reference.offences().get(0);
            assertEquals(reference.offence(offence.id()).orElseThrow(), offence);
            assertEquals("THEFT", offence.offenceTypeCode());
            assertEquals(TestClock.today().minusDays(40), offence.offenceDate());
            assertEquals(2, offence.gravityScore());
        }
    }

    @Test
    void everyCodeTheContractNamesIsOneCaseServiceUses() {
        assertEquals(CaseType.REFERRAL_ORDER, CaseType.valueOf(CaseReference.REFERRAL_ORDER));
        assertEquals(CaseStatus.OPEN, CaseStatus.valueOf(CaseReference.OPEN));
        for (DiversionCaseType type : DiversionCaseType.values()) {
            assertNotNull(CaseType.valueOf(type.name()), type.name());
        }
    }

    @Test
    void anIntakeWrittenFromTheContractOpensACaseAndItsReplayAnswersTheSame() throws Exception {
        DiversionIntakeRequest request = intake(child(validPncId()));
        String body = STRICT.writeValueAsString(request);

        Response first = Api.as(Persona.PREVENTION_WORKER).body(body).post(CaseServicePaths.diversionIntakes());
        first.then().statusCode(201);
        DiversionIntake opened = strictly(first, DiversionIntake.class);
        assertEquals(List.of(), opened.missingFields(), first.asString());
        assertEquals(request.sourceReference(), opened.sourceReference());
        assertEquals(false, opened.youngPersonMatched());

        Response replay = Api.as(Persona.PREVENTION_WORKER).body(body).post(CaseServicePaths.diversionIntakes());
        replay.then().statusCode(200);
        assertEquals(opened, strictly(replay, DiversionIntake.class));

        // The case it opened is a case reference like any other, of the contract's case type.
        Response summary = Api.as(Persona.HEAD_OF_SERVICE).get(CaseServicePaths.summary(opened.caseId()));
        summary.then().statusCode(200);
        CaseReference reference = strictly(summary, CaseReference.class);
        assertEquals(List.of(), reference.missingFields());
        assertEquals(DiversionCaseType.YOUTH_CAUTION.name(), reference.caseType());
        assertEquals(opened.youngPersonId(), reference.youngPersonId());
    }

    @Test
    void aPncIdIsCheckedByTheContractsRule() throws Exception {
        String wrongCheckLetter = "2024/0012345X";
        assertEquals(false, PncIds.isValid(wrongCheckLetter));

        Response refused = Api.as(Persona.PREVENTION_WORKER)
                .body(STRICT.writeValueAsString(intake(child(wrongCheckLetter))))
                .post(CaseServicePaths.diversionIntakes());

        assertValidationProblem(refused, "youngPerson.pncId");
    }

    @Test
    void theDocumentDescribesTheContractsTypesUnderTheirSchemaNames() {
        JsonPath document = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().jsonPath();
        for (Class<?> type : List.of(CaseReference.class, CaseReference.OffenceReference.class,
                DiversionIntakeRequest.class, DiversionYoungPerson.class, OffenceRequest.class,
                DiversionIntake.class)) {
            String schema = type.getAnnotation(org.eclipse.microprofile.openapi.annotations.media.Schema.class).name();
            assertEquals(components(type), document.getMap("components.schemas." + schema + ".properties").keySet(),
                    schema);
        }
        assertEquals(names(Gender.values()), new LinkedHashSet<>(document.getList("components.schemas.Gender.enum")));
        assertEquals(names(Ethnicity.values()),
                new LinkedHashSet<>(document.getList("components.schemas.Ethnicity.enum")));
        assertEquals(names(DiversionCaseType.values()),
                new LinkedHashSet<>(document.getList("components.schemas.DiversionCaseType.enum")));
    }

    private static Set<String> components(Class<?> record) {
        return Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName).collect(Collectors.toSet());
    }

    private static Set<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static DiversionYoungPerson child(String pncId) {
        return new DiversionYoungPerson("PD-" + UUID.randomUUID().toString().substring(0, 12), pncId, "Dana",
                "Contract-" + UUID.randomUUID().toString().substring(0, 8), TestClock.today().minusYears(14),
                Gender.NOT_STATED, Ethnicity.NOT_STATED, "KETTERING", false, false, false);
    }

    private static DiversionIntakeRequest intake(DiversionYoungPerson child) {
        return new DiversionIntakeRequest("prevention-referral:" + UUID.randomUUID(), DiversionCaseType.YOUTH_CAUTION,
                TestClock.today().minusDays(10), "NORTH_OOC", child,
                List.of(new OffenceRequest("THEFT", "Shoplifting", 2, TestClock.today().minusDays(40))));
    }

    /** A PNC id no other test uses, with its check letter. */
    private static String validPncId() {
        while (true) {
            String serial = String.format("%07d",
                    Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 10_000_000L));
            for (char letter = 'A'; letter <= 'Z'; letter++) {
                String candidate = "2023/" + serial + letter;
                if (PncIds.isValid(candidate)) {
                    return candidate;
                }
            }
        }
    }
}
