package uk.yos.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.yos.testsupport.conventions.ApiOperation;

/**
 * Every operation the services publish × every caller, through the gateway with real Keycloak tokens: the 13 demo
 * users (one per role; the team-scoped roles from two teams), the police partner system (client credentials) and no
 * token. Nothing here lists endpoints or roles by hand:
 * <ul>
 * <li>the operations are those of the services' OpenAPI documents as the gateway serves them
 * ({@link PublishedOperations}), and each must be routed by the gateway to the service that publishes it, by the
 * route table of the gateway's configuration ({@link GatewayRoutes});</li>
 * <li>the roles an operation accepts are those its description names (test-support's {@link ApiOperation}); the
 * roles a caller holds are those in its own token ({@link CallerRoles});</li>
 * <li>its path and query name real records, made for this run ({@link MatrixFixture}), so a scoped read that leaked
 * would show the record, not only a status; what each caller must get is {@link MatrixCell}'s rule.</li>
 * </ul>
 * The last test checks that every documented operation was walked with every caller, so an endpoint is covered the
 * day it is added.
 * <p>
 * Where the services' role model differs from the one intended, reported rather than changed here: case managers,
 * panel members and partners are meant to see a victim feedback report, yet panel-volunteer and partner-agency are
 * not among its roles; partner-agency "reads summaries agreed with that agency", but no operation names that role;
 * performance-analyst is "aggregate reports and KPIs only", yet reads reference data (there is no report endpoint).
 * head-of-service's 403 on victims is intended: victims' names and contact details are for the RJ team only.
 */
@ExtendWith(SuiteExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@DisplayName("Role matrix: every published operation × every role, the police client and no token")
class RoleMatrixTest {

    private static final List<Persona> CALLERS = List.of(Persona.values());

    private final MatrixTally tally = new MatrixTally();
    private PublishedOperations published;
    private GatewayRoutes routes;
    private MatrixRecords records;

    @BeforeAll
    void readTheDocumentsAndRoutesAndMakeTheRecords(Suite suite) {
        published = PublishedOperations.fetch(suite.gatewayUrl());
        routes = GatewayRoutes.fromRepository();
        records = MatrixFixture.create();
    }

    @Test
    @Order(1)
    @DisplayName("Every route of the gateway leads to operations its service publishes")
    void everyGatewayRouteHasOperations() {
        for (String prefix : routes.prefixes()) {
            String service = routes.serviceOf(prefix);
            assertTrue(published.all().stream().anyMatch(op -> op.service().equals(service)
                    && GatewayRoutes.covers(prefix, op.operation().path())),
                    () -> "the gateway routes " + prefix + " to " + service + ", which publishes no operation there");
        }
    }

    @TestFactory
    @Order(2)
    @DisplayName("Each operation, as each caller")
    Stream<DynamicNode> everyOperationAsEveryCaller() {
        return published.all().stream().map(this::operation);
    }

    private DynamicNode operation(PublishedOperations.Published published) {
        ApiOperation operation = published.operation();
        List<DynamicNode> checks = new ArrayList<>();
        checks.add(dynamicTest("is routed by the gateway to " + published.service(), () -> {
            Optional<String> routed = routes.serviceFor(operation.path());
            assertTrue(routed.isPresent(), () -> published.service() + " publishes " + operation + ", but no"
                    + " yos.gateway.upstreams.<service>.prefixes in the gateway's " + GatewayRoutes.CONFIGURATION
                    + " routes " + operation.path());
            assertEquals(published.service(), routed.get(), () -> operation + ": routed to another service");
        }));
        checks.add(dynamicTest("names the roles it accepts", () -> assertFalse(operation.describedRoles().isEmpty(),
                () -> "its description names no realm role, so every caller is refused: " + operation.description())));
        for (Persona caller : CALLERS) {
            checks.add(dynamicTest("as " + caller, () -> {
                MatrixRequest request = MatrixRequest.of(operation, records);
                MatrixRequest.Sent sent = request.send(caller);
                tally.walked(published, sent.response().statusCode(), sent.rateLimitWaits());
                MatrixCell.check(request, caller, sent.response(), records);
            }));
        }
        return dynamicContainer(operation + " [" + published.service() + ", roles " + operation.describedRoles() + "]",
                checks);
    }

    @Test
    @Order(3)
    @DisplayName("Every documented operation was walked as every caller")
    void everyDocumentedOperationWasWalked() {
        System.out.println(tally.summary(published, CALLERS.size()));
        assertTrue(published.documentedCount() > 0, "the documents hold no operation");
        assertEquals(published.documentedCount(), tally.operations(), "operations walked");
        assertEquals(published.documentedCount() * CALLERS.size(), tally.checks(), "caller x operation checks");
    }
}
