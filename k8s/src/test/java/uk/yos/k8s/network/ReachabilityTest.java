package uk.yos.k8s.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.yos.k8s.network.OutsidePeers.BESIDE_MANAGED_MYSQL;
import static uk.yos.k8s.network.OutsidePeers.GATEWAY_LOOKALIKE;
import static uk.yos.k8s.network.OutsidePeers.INGRESS_CONTROLLER;
import static uk.yos.k8s.network.OutsidePeers.INTERNET;
import static uk.yos.k8s.network.OutsidePeers.KUBE_DNS;
import static uk.yos.k8s.network.OutsidePeers.MANAGED_MYSQL;
import static uk.yos.k8s.network.OutsidePeers.OTHER_KUBE_SYSTEM_POD;
import static uk.yos.k8s.network.OutsidePeers.OTHER_NAMESPACE_POD;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.yos.k8s.Overlay;

/**
 * Who can reach whom under the NetworkPolicies each overlay renders: the matrix an operator relies on (the header of
 * base/network-policies.yaml), row by row and then as a whole, so that nothing beyond it is reachable either.
 */
class ReachabilityTest {

    private static final String TCP = "TCP";
    private static final String UDP = "UDP";

    private static final List<String> SERVICES = List.of(
            "case-service", "referral-order-service", "victim-service", "prevention-service");
    /** The services that check case ids with case-service. */
    private static final List<String> CASE_CHECKERS = List.of(
            "referral-order-service", "victim-service", "prevention-service");

    /**
     * Every port a rendered policy names, and some no policy names (80, 443, 9000: Keycloak's management port).
     * The policies use single ports only (probesCoverEveryPortThePoliciesName), so any other port is judged as
     * these unnamed ones are, and probing these is probing all.
     */
    private static final List<Integer> PROBE_PORTS = List.of(53, 80, 443, 3306, 7800, 8080, 9000, 57800);

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void theIngressControllerReachesTheGatewayAndKeycloakOnly(String overlay) {
        Suite suite = Suite.of(overlay);
        suite.assertAllowed(INGRESS_CONTROLLER, suite.pod("gateway"), 8080, TCP);
        suite.assertAllowed(INGRESS_CONTROLLER, suite.pod("keycloak"), 8080, TCP);
        suite.assertDenied(INGRESS_CONTROLLER, suite.pod("keycloak"), 9000, TCP);
        for (String service : SERVICES) {
            suite.assertDenied(INGRESS_CONTROLLER, suite.pod(service), 8080, TCP);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void theGatewayReachesEachServiceAndKeycloakButNotTheDatabase(String overlay) {
        Suite suite = Suite.of(overlay);
        Peer gateway = suite.pod("gateway");
        for (String service : SERVICES) {
            suite.assertAllowed(gateway, suite.pod(service), 8080, TCP);
        }
        suite.assertAllowed(gateway, suite.pod("keycloak"), 8080, TCP);
        suite.assertDenied(gateway, suite.database(), 3306, TCP);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void theServicesThatCheckCaseIdsReachCaseServiceAndNoOtherService(String overlay) {
        Suite suite = Suite.of(overlay);
        Peer caseService = suite.pod("case-service");
        for (String checker : CASE_CHECKERS) {
            suite.assertAllowed(suite.pod(checker), caseService, 8080, TCP);
            suite.assertDenied(caseService, suite.pod(checker), 8080, TCP);
            for (String other : CASE_CHECKERS) {
                if (!other.equals(checker)) {
                    suite.assertDenied(suite.pod(checker), suite.pod(other), 8080, TCP);
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void theServicesAndKeycloakReachTheDatabase(String overlay) {
        Suite suite = Suite.of(overlay);
        for (String client : databaseClients()) {
            suite.assertAllowed(suite.pod(client), suite.database(), 3306, TCP);
            suite.assertDenied(suite.pod(client), suite.database(), 3307, TCP);
        }
    }

    @Test
    void inProdTheDatabaseIsTheManagedMysqlRangeAndNothingBesideIt() {
        Suite prod = Suite.of("prod");
        assertFalse(prod.pods().has("mysql"), "prod runs no MySQL of its own");
        for (String client : databaseClients()) {
            prod.assertAllowed(prod.pod(client), MANAGED_MYSQL, 3306, TCP);
            prod.assertDenied(prod.pod(client), BESIDE_MANAGED_MYSQL, 3306, TCP);
            prod.assertDenied(prod.pod(client), INTERNET, 3306, TCP);
            prod.assertDenied(prod.pod(client), INTERNET, 443, TCP);
        }
        prod.assertDenied(prod.pod("gateway"), MANAGED_MYSQL, 3306, TCP);
    }

    @Test
    void inDevNoPodReachesTheManagedMysql() {
        Suite dev = Suite.of("dev");
        for (Peer.Pod pod : dev.pods().all()) {
            dev.assertDenied(pod, MANAGED_MYSQL, 3306, TCP);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyPodResolvesNamesWithKubeDnsAndOnlyThere(String overlay) {
        Suite suite = Suite.of(overlay);
        for (Peer.Pod pod : suite.pods().all()) {
            suite.assertAllowed(pod, KUBE_DNS, 53, UDP);
            suite.assertAllowed(pod, KUBE_DNS, 53, TCP);
            suite.assertDenied(pod, KUBE_DNS, 443, TCP);
            suite.assertDenied(pod, OTHER_KUBE_SYSTEM_POD, 53, UDP);
            suite.assertDenied(pod, INTERNET, 53, UDP);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void nothingFromAnotherNamespaceOrTheInternetGetsIn(String overlay) {
        Suite suite = Suite.of(overlay);
        for (Peer.Pod pod : suite.pods().all()) {
            for (int port : PROBE_PORTS) {
                suite.assertDenied(OTHER_NAMESPACE_POD, pod, port, TCP);
                suite.assertDenied(GATEWAY_LOOKALIKE, pod, port, TCP);
                suite.assertDenied(KUBE_DNS, pod, port, TCP);
                suite.assertDenied(INTERNET, pod, port, TCP);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void noSuitePodReachesTheInternet(String overlay) {
        Suite suite = Suite.of(overlay);
        for (Peer.Pod pod : suite.pods().all()) {
            for (int port : PROBE_PORTS) {
                suite.assertDenied(pod, INTERNET, port, TCP);
                suite.assertDenied(pod, INTERNET, port, UDP);
                suite.assertDenied(pod, OTHER_NAMESPACE_POD, port, TCP);
            }
        }
    }

    @Test
    void mysqlReachesNothingButDns() {
        Suite dev = Suite.of("dev");
        Peer mysql = dev.pod("mysql");
        List<Peer> everyone = new ArrayList<>(dev.pods().all());
        everyone.addAll(OutsidePeers.ALL);
        for (Peer peer : everyone) {
            for (int port : PROBE_PORTS) {
                for (String protocol : List.of(TCP, UDP)) {
                    if (!(peer == KUBE_DNS && port == 53)) {
                        dev.assertDenied(mysql, peer, port, protocol);
                    }
                }
            }
        }
        dev.assertAllowed(mysql, KUBE_DNS, 53, UDP);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void keycloakReplicasShareTheirCachesWithEachOtherOnly(String overlay) {
        Suite suite = Suite.of(overlay);
        Peer keycloak = suite.pod("keycloak");
        suite.assertAllowed(keycloak, keycloak, 7800, TCP);
        suite.assertAllowed(keycloak, keycloak, 57800, TCP);
        suite.assertDenied(suite.pod("gateway"), keycloak, 7800, TCP);
        suite.assertDenied(suite.pod("case-service"), keycloak, 7800, TCP);
    }

    @Test
    void theDevAdditionsJobReachesKeycloakAndNothingElse() {
        Suite dev = Suite.of("dev");
        Peer job = dev.pod("keycloak-dev-additions");
        dev.assertAllowed(job, dev.pod("keycloak"), 8080, TCP);
        dev.assertDenied(job, dev.pod("keycloak"), 9000, TCP);
        dev.assertDenied(job, dev.pod("case-service"), 8080, TCP);
        dev.assertDenied(job, dev.pod("gateway"), 8080, TCP);
        dev.assertDenied(job, dev.pod("mysql"), 3306, TCP);
        dev.assertDenied(job, INTERNET, 443, TCP);
    }

    /** The whole matrix: every connection to or from a suite pod, on every probe port, is allowed iff intended. */
    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void exactlyTheIntendedConnectionsAreAllowed(String overlay) {
        Suite suite = Suite.of(overlay);
        assertEquals(expectedWorkloads(overlay), new TreeSet<>(suite.pods().all().stream().map(Peer::name).toList()),
                "the workloads the matrix is written for");
        List<Peer> peers = new ArrayList<>(suite.pods().all());
        peers.addAll(OutsidePeers.ALL);
        Set<String> allowed = new TreeSet<>();
        for (Peer from : peers) {
            for (Peer to : peers) {
                if (!suite.pods().all().contains(from) && !suite.pods().all().contains(to)) {
                    continue; // between two outsiders: not the suite's policies to decide
                }
                for (int port : PROBE_PORTS) {
                    for (String protocol : List.of(TCP, UDP)) {
                        if (suite.policies().allows(from, to, port, protocol)) {
                            allowed.add(Suite.connection(from, to, port, protocol));
                        }
                    }
                }
            }
        }
        Set<String> intended = intended(suite);
        Set<String> unintended = new TreeSet<>(allowed);
        unintended.removeAll(intended);
        Set<String> missing = new TreeSet<>(intended);
        missing.removeAll(allowed);
        assertEquals(Set.of(), unintended, overlay + ": allowed but not intended");
        assertEquals(Set.of(), missing, overlay + ": intended but denied");
    }

    /** The header of base/network-policies.yaml, as connections. */
    private static Set<String> intended(Suite suite) {
        Set<String> intended = new TreeSet<>();
        Peer gateway = suite.pod("gateway");
        Peer keycloak = suite.pod("keycloak");
        intended.add(Suite.connection(INGRESS_CONTROLLER, gateway, 8080, TCP));
        intended.add(Suite.connection(INGRESS_CONTROLLER, keycloak, 8080, TCP));
        intended.add(Suite.connection(gateway, keycloak, 8080, TCP));
        for (String service : SERVICES) {
            intended.add(Suite.connection(gateway, suite.pod(service), 8080, TCP));
            intended.add(Suite.connection(suite.pod(service), keycloak, 8080, TCP));
        }
        for (String checker : CASE_CHECKERS) {
            intended.add(Suite.connection(suite.pod(checker), suite.pod("case-service"), 8080, TCP));
        }
        for (String client : databaseClients()) {
            intended.add(Suite.connection(suite.pod(client), suite.database(), 3306, TCP));
        }
        intended.add(Suite.connection(keycloak, keycloak, 7800, TCP));
        intended.add(Suite.connection(keycloak, keycloak, 57800, TCP));
        for (Peer.Pod pod : suite.pods().all()) {
            intended.add(Suite.connection(pod, KUBE_DNS, 53, UDP));
            intended.add(Suite.connection(pod, KUBE_DNS, 53, TCP));
        }
        if ("dev".equals(suite.overlay())) {
            intended.add(Suite.connection(suite.pod("keycloak-dev-additions"), keycloak, 8080, TCP));
        }
        return intended;
    }

    private static List<String> databaseClients() {
        List<String> clients = new ArrayList<>(SERVICES);
        clients.add("keycloak");
        return clients;
    }

    private static Set<String> expectedWorkloads(String overlay) {
        Set<String> workloads = new TreeSet<>(SERVICES);
        workloads.addAll(List.of("gateway", "keycloak"));
        if ("dev".equals(overlay)) {
            workloads.addAll(List.of("mysql", "keycloak-dev-additions"));
        }
        return workloads;
    }

    /** The probes stand for every port only while the policies name single ports, all of them probed. */
    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void probesCoverEveryPortThePoliciesName(String overlay) {
        Overlay.named(overlay).ofKind("NetworkPolicy").forEach(policy -> {
            for (JsonNode ports : policy.path("spec").findValues("ports")) {
                for (JsonNode port : ports) {
                    assertTrue(!port.has("endPort") && PROBE_PORTS.contains(port.path("port").asInt()),
                            () -> policy.path("metadata").path("name").asText() + " names " + port
                                    + ", which the probes do not cover");
                }
            }
        });
    }

    /** Without default-deny, a pod no other policy isolates (dev's Job) is open to every namespace. */
    @Test
    void withoutTheDefaultDenyThePodsNoOtherPolicyIsolatesAreOpen() {
        Suite dev = Suite.of("dev");
        Peer job = dev.pod("keycloak-dev-additions");
        NetworkPolicies withoutDefaultDeny = dev.policies().without("default-deny");
        dev.assertDenied(OTHER_NAMESPACE_POD, job, 8080, TCP);
        assertTrue(withoutDefaultDeny.allows(OTHER_NAMESPACE_POD, job, 8080, TCP),
                "the matrix test would catch a missing default-deny: other namespaces would reach the Job");
    }

    /** A workload added without a policy of its own is closed by default-deny, in both overlays. */
    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void aNewWorkloadWithoutAPolicyOfItsOwnStartsClosed(String overlay) {
        Suite suite = Suite.of(overlay);
        Peer newcomer = suite.pods().newWorkload("reporting-service");
        suite.assertDenied(OTHER_NAMESPACE_POD, newcomer, 8080, TCP);
        suite.assertDenied(suite.pod("gateway"), newcomer, 8080, TCP);
        suite.assertDenied(newcomer, suite.pod("case-service"), 8080, TCP);
        suite.assertDenied(newcomer, INTERNET, 443, TCP);
        suite.assertAllowed(newcomer, KUBE_DNS, 53, UDP);
        assertTrue(suite.policies().without("default-deny").allows(OTHER_NAMESPACE_POD, newcomer, 8080, TCP),
                "default-deny is what closes it");
    }
}
