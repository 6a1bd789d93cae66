package uk.yos.testsupport;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.http.Fault;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import uk.yos.cases.contract.CaseServicePaths;
import uk.yos.cases.contract.DiversionIntake;

/**
 * Stands in for case-service in another service's tests: a WireMock server whose address becomes
 * {@code quarkus.rest-client.case-service.url}. Declare it once per module, beside the other test resources:
 *
 * <pre>{@code @QuarkusTestResource(CaseServiceStub.class)}</pre>
 *
 * Then stub what each test needs ({@link #caseVisible}, {@link #caseNotVisible}, {@link #failing}, {@link #down}) and
 * call {@link #reset()} before each test (also reset the circuit breakers: {@code CircuitBreakerMaintenance.resetAll()}).
 * Use {@link #server()} for anything else, e.g. to verify the caller's token and request id were passed on.
 *
 * <p>Every answer body is one of case-contract's types, written as case-service writes it ({@link #json}), and every
 * path is case-contract's {@link CaseServicePaths}: a change in the contract changes these stubs, and so every
 * consumer's tests, while case-service's own contract test holds it to the same types.
 */
public class CaseServiceStub implements QuarkusTestResourceLifecycleManager {

    public static final String URL_PROPERTY = "quarkus.rest-client.case-service.url";

    /** As case-service writes JSON: ISO dates, properties in the record's order, an absent value left out. */
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .setSerializationInclusion(JsonInclude.Include.NON_ABSENT);

    private static WireMockServer server;

    @Override
    public Map<String, String> start() {
        if (server == null) {
            server = new WireMockServer(WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1"));
            server.start();
        }
        return Map.of(URL_PROPERTY, server.baseUrl());
    }

    @Override
    public void stop() {
        // Kept for the whole JVM, like the database: several Quarkus applications (test profiles) share it.
    }

    public static WireMockServer server() {
        if (server == null) {
            throw new IllegalStateException("CaseServiceStub is not started: declare it with @QuarkusTestResource");
        }
        return server;
    }

    /** Forgets every stub and recorded request. */
    public static void reset() {
        server().resetAll();
    }

    /** case-service answers {@code GET /api/v1/cases/{id}/summary} with this case, whoever asks. */
    public static void caseVisible(CaseReference reference) {
        caseVisible(reference.toContract());
    }

    /** case-service answers {@code GET /api/v1/cases/{id}/summary} with this case, whoever asks. */
    public static void caseVisible(uk.yos.cases.contract.CaseReference reference) {
        server().stubFor(get(summaryPath(reference.id())).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(json(reference))));
    }

    /**
     * case-service answers every {@code POST /api/v1/cases/diversion-intakes} with this intake and status (201: the
     * call opened the case; 200: one was opened before for the same source reference).
     */
    public static void diversionIntakeAnswers(int status, DiversionIntake intake) {
        server().stubFor(post(urlPathEqualTo(CaseServicePaths.diversionIntakes()))
                .willReturn(diversionIntakeResponse(status, intake)));
    }

    /** case-service's answer to a diversion intake, with its {@code Location}, for stubs of one's own. */
    public static ResponseDefinitionBuilder diversionIntakeResponse(int status, DiversionIntake intake) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                .withHeader("Location", CaseServicePaths.CASES + "/" + intake.caseId()).withBody(json(intake));
    }

    /** One of case-contract's types as case-service writes it. */
    public static String json(Object contractType) {
        try {
            return JSON.writeValueAsString(contractType);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** case-service answers 404 for this case: it does not exist, or the caller may not see it. */
    public static void caseNotVisible(UUID caseId) {
        server().stubFor(get(summaryPath(caseId)).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/problem+json")
                .withBody("{\"type\":\"urn:yos:problem:not-found\",\"title\":\"Not found\",\"status\":404}")));
    }

    /** case-service answers every request with a 500 (a body with internals, which must never be passed on). */
    public static void failing() {
        server().stubFor(any(anyUrl()).atPriority(1).willReturn(aResponse().withStatus(500)
                .withHeader("Content-Type", "text/plain").withBody("java.sql.SQLException: upstream internals")));
    }

    /** case-service drops every connection, as a dead or unreachable service does. */
    public static void down() {
        server().stubFor(any(anyUrl()).atPriority(1).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    }

    public static com.github.tomakehurst.wiremock.matching.UrlPathPattern summaryPath(UUID caseId) {
        return urlPathEqualTo(CaseServicePaths.summary(caseId));
    }

    /**
     * A case for a test to stub, with ways to vary it: stubbed as case-contract's {@code CaseReference}
     * ({@link #toContract()}), the only case data other services see.
     */
    public record CaseReference(UUID id, UUID youngPersonId, String caseType, String category, String status,
            String owningTeamCode, LocalDate outcomeDate, List<Offence> offences) {

        /** An open case of this type in team NORTH_OOC, outcome a month ago, with one offence. */
        public static CaseReference open(String caseType) {
            LocalDate outcome = TestClock.today().minusMonths(1);
            return new CaseReference(UUID.randomUUID(), UUID.randomUUID(), caseType, categoryOf(caseType), "OPEN",
                    "NORTH_OOC", outcome, List.of(new Offence(UUID.randomUUID(), "THEFT", outcome.minusDays(20), 2)));
        }

        public CaseReference withStatus(String newStatus) {
            return new CaseReference(id, youngPersonId, caseType, category, newStatus, owningTeamCode, outcomeDate,
                    offences);
        }

        public CaseReference withOutcomeDate(LocalDate date) {
            return new CaseReference(id, youngPersonId, caseType, category, status, owningTeamCode, date, offences);
        }

        public CaseReference withOffence(Offence offence) {
            List<Offence> more = new ArrayList<>(offences);
            more.add(offence);
            return new CaseReference(id, youngPersonId, caseType, category, status, owningTeamCode, outcomeDate,
                    more);
        }

        public Offence firstOffence() {
            return offences.get(0);
        }

        /** This case as case-service answers it. */
        public uk.yos.cases.contract.CaseReference toContract() {
            return new uk.yos.cases.contract.CaseReference(id, youngPersonId, caseType, category, status,
                    owningTeamCode, outcomeDate, offences.stream()
                            .map(o -> new uk.yos.cases.contract.CaseReference.OffenceReference(o.id(),
                                    o.offenceTypeCode(), o.offenceDate(), o.gravityScore()))
                            .toList());
        }

        private static String categoryOf(String caseType) {
            return switch (caseType) {
                case "REFERRAL_ORDER", "YOUTH_REHABILITATION_ORDER", "YOUTH_REHABILITATION_ORDER_WITH_ISS",
                        "DETENTION_AND_TRAINING_ORDER", "LONGER_CUSTODIAL_SENTENCE" -> "COURT";
                case "BAIL_SUPERVISION", "REMAND_TO_YOUTH_DETENTION_ACCOMMODATION" -> "BAIL_AND_REMAND";
                case "PREVENTION" -> "PREVENTION";
                default -> "OUT_OF_COURT";
            };
        }
    }

    public record Offence(UUID id, String offenceTypeCode, LocalDate offenceDate, int gravityScore) {
    }
}
