package uk.yos.testsupport;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.http.Fault;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Stands in for case-service in another service's tests: a WireMock server whose address becomes
 * {@code quarkus.rest-client.case-service.url}. Declare it once per module, beside the other test resources:
 *
 * <pre>{@code @QuarkusTestResource(CaseServiceStub.class)}</pre>
 *
 * Then stub what each test needs ({@link #caseVisible}, {@link #caseNotVisible}, {@link #failing}, {@link #down}) and
 * call {@link #reset()} before each test (also reset the circuit breakers: {@code CircuitBreakerMaintenance.resetAll()}).
 * Use {@link #server()} for anything else, e.g. to verify the caller's token and request id were passed on.
 */
public class CaseServiceStub implements QuarkusTestResourceLifecycleManager {

    public static final String URL_PROPERTY = "quarkus.rest-client.case-service.url";

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
        server().stubFor(get(summaryPath(reference.id())).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(reference.toJson())));
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
        return urlPathEqualTo("/api/v1/cases/" + caseId + "/summary");
    }

    /** case-service's {@code CaseReference}: the only case data other services see. */
    public record CaseReference(UUID id, UUID youngPersonId, String caseType, String category, String status,
            String owningTeamCode, LocalDate outcomeDate, List<Offence> offences) {

        /** An open case of this type in team NORTH_OOC, outcome a month ago, with one offence. */
        public static CaseReference open(String caseType) {
            LocalDate outcome = LocalDate.now().minusMonths(1);
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

        String toJson() {
            StringBuilder json = new StringBuilder("{\"id\":\"" + id + "\",\"youngPersonId\":\"" + youngPersonId
                    + "\",\"caseType\":\"" + caseType + "\",\"category\":\"" + category + "\",\"status\":\"" + status
                    + "\",\"owningTeamCode\":\"" + owningTeamCode + "\",\"outcomeDate\":\"" + outcomeDate
                    + "\",\"offences\":[");
            for (int i = 0; i < offences.size(); i++) {
                Offence o = offences.get(i);
                json.append(i == 0 ? "" : ",").append("{\"id\":\"").append(o.id()).append("\",\"offenceTypeCode\":\"")
                        .append(o.offenceTypeCode()).append("\",\"offenceDate\":\"").append(o.offenceDate())
                        .append("\",\"gravityScore\":").append(o.gravityScore()).append('}');
            }
            return json.append("]}").toString();
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
