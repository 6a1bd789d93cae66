package uk.yos.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.yos.e2e.client.cases.api.ReferenceDataApi;
import uk.yos.e2e.client.cases.model.ReferenceItem;
import uk.yos.e2e.client.prevention.ApiClient;
import uk.yos.e2e.client.prevention.ApiException;
import uk.yos.e2e.client.prevention.api.PreventionReferralsApi;
import uk.yos.e2e.client.prevention.model.CreatePreventionReferralRequest;
import uk.yos.e2e.client.prevention.model.DecisionOutcome;
import uk.yos.e2e.client.prevention.model.Gender;
import uk.yos.e2e.client.prevention.model.PreventionReferralChild;
import uk.yos.e2e.client.prevention.model.PreventionReferralOffence;
import uk.yos.e2e.client.prevention.model.PreventionReferralPage;
import uk.yos.e2e.client.prevention.model.PreventionReferralReason;
import uk.yos.e2e.client.prevention.model.PreventionReferralStatus;
import uk.yos.e2e.client.prevention.model.PreventionReferralSummary;
import uk.yos.e2e.client.prevention.model.PreventionReferrer;
import uk.yos.e2e.client.prevention.model.ReasonType;
import uk.yos.e2e.client.prevention.model.ReferralSource;
import uk.yos.e2e.client.prevention.model.ReferralStatus;

/**
 * What a partner agency does: generate a Java client from the service's stored OpenAPI document (openapi-generator,
 * library "native", at build time into target/generated-sources) and call the gateway with it, here as the police
 * partner system with a client-credentials token.
 */
@ExtendWith(SuiteExtension.class)
@DisplayName("Generated OpenAPI clients through the gateway")
class GeneratedClientTest {

    private static final String POLICE = "NORTHAMPTONSHIRE_POLICE";

    /**
     * A prevention-service client for the gateway, sending the persona's bearer token with every request; each
     * response is validated against the service's OpenAPI document ({@link ValidatingHttpClient}).
     */
    private static ApiClient preventionClient(Suite suite, Persona persona) {
        ApiClient client = new ApiClient() {
            @Override
            public HttpClient getHttpClient() {
                return new ValidatingHttpClient(super.getHttpClient());
            }
        };
        client.updateBaseUri(suite.gatewayUrl());
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + suite.token(persona)));
        return client;
    }

    private static CreatePreventionReferralRequest referral(String familyName) {
        LocalDate today = Api.today();
        return new CreatePreventionReferralRequest()
                .referrer(new PreventionReferrer().name("PC 1701 Client Generated").contact("pc1701@police.example"))
                .child(new PreventionReferralChild().givenName("Casey").familyName(familyName)
                        .dateOfBirth(today.minusYears(15).minusDays(3)).gender(Gender.NOT_KNOWN))
                .reason(new PreventionReferralReason().type(ReasonType.OFFENCE)
                        .offence(new PreventionReferralOffence().offenceTypeCode("CRIMINAL_DAMAGE")
                                .description("Broke a bus shelter window").offenceDate(today.minusDays(3))
                                .gravityScore(2).outcomeConsidered(DecisionOutcome.COMMUNITY_RESOLUTION)));
    }

    @Test
    @DisplayName("The police partner system refers a child, retries safely and follows the referral's status")
    void thePolicePartnerSystemRefersAChildAndReadsItsStatus(Suite suite) throws ApiException {
        PreventionReferralsApi police = new PreventionReferralsApi(preventionClient(suite, Persona.POLICE_CLIENT));
        CreatePreventionReferralRequest request = referral("Generated" + Api.uniqueLetters(6).toLowerCase());
        String key = Api.idempotencyKey();

        PreventionReferralStatus created = police.createPreventionReferral(request, key).getPreventionReferralStatus();
        assertEquals(ReferralStatus.RECEIVED, created.getStatus());
        assertEquals(ReferralSource.POLICE, created.getSource());
        assertEquals(POLICE, created.getReferringOrganisation());
        assertEquals(Api.today(), created.getReceivedOn());
        assertTrue(created.getAssessmentDueDate().isAfter(created.getReceivedOn()));
        assertNull(created.getDecisionOutcome());
        UUID id = created.getId();

        // the same request again (a retry after a lost answer) is the same referral
        PreventionReferralStatus replayed = police.createPreventionReferral(request, key).getPreventionReferralStatus();
        assertEquals(id, replayed.getId());
        assertEquals(created.getReference(), replayed.getReference());

        PreventionReferralStatus status = police.getPreventionReferralStatus(id);
        assertEquals(id, status.getId());
        assertEquals(created.getReference(), status.getReference());
        assertEquals(ReferralStatus.RECEIVED, status.getStatus());
        assertEquals(Boolean.FALSE, status.getAssessmentCompleted());

        PreventionReferralPage mine = police.searchPreventionReferrals(null, 0, null, Api.today(), Api.today(), null,
                100, "-receivedOn", null, null);
        List<UUID> ids = mine.getItems().stream().map(PreventionReferralSummary::getId).toList();
        assertTrue(ids.contains(id), ids.toString());
        mine.getItems().forEach(item -> {
            assertEquals(POLICE, item.getReferringOrganisation());
            assertNull(item.getChild(), "the police list shows status fields only, not the child");
        });

        // the whole referral (the child, notes, reasons) is for the prevention worker only
        ApiException forbidden = assertThrows(ApiException.class, () -> police.getPreventionReferral(id));
        assertEquals(403, forbidden.getCode());
        assertTrue(forbidden.getResponseHeaders().firstValue("Content-Type").orElse("")
                .startsWith("application/problem+json"), forbidden.getResponseHeaders().map().toString());

        PreventionReferralsApi worker = new PreventionReferralsApi(preventionClient(suite, Persona.PREVENTION_WORKER));
        assertEquals(request.getChild().getFamilyName(), worker.getPreventionReferral(id).getChild().getFamilyName());
    }

    @Test
    @DisplayName("Without an Idempotency-Key the police partner system gets a 400 problem naming the header")
    void withoutAnIdempotencyKeyThePoliceGetA400(Suite suite) {
        PreventionReferralsApi police = new PreventionReferralsApi(preventionClient(suite, Persona.POLICE_CLIENT));
        ApiException e = assertThrows(ApiException.class,
                () -> police.createPreventionReferral(referral("Nokey" + Api.uniqueLetters(5).toLowerCase()), null));
        assertEquals(400, e.getCode());
        assertTrue(e.getResponseBody().contains("Idempotency-Key"), e.getResponseBody());
    }

    @Test
    @DisplayName("A case-service client generated the same way reads reference data")
    void aCaseServiceClientReadsReferenceData(Suite suite) throws Exception {
        uk.yos.e2e.client.cases.ApiClient client = new uk.yos.e2e.client.cases.ApiClient() {
            @Override
            public HttpClient getHttpClient() {
                return new ValidatingHttpClient(super.getHttpClient());
            }
        };
        client.updateBaseUri(suite.gatewayUrl());
        client.setRequestInterceptor(r -> r.header("Authorization", "Bearer " + suite.token(Persona.ADMIN)));
        List<ReferenceItem> teams = new ReferenceDataApi(client).listReferenceItems("teams", false);
        List<String> codes = teams.stream().map(ReferenceItem::getCode).toList();
        assertTrue(codes.containsAll(List.of("NORTH_OOC", "WEST_OOC")), codes.toString());
        assertNotNull(teams.get(0).getName());
    }
}
