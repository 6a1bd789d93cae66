package uk.yos.k8s.network;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The evaluator itself, on policies small enough to see the answer: each test is one rule of the semantics. */
class NetworkPoliciesTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private static final Peer.Pod WEB = Peer.pod("web", "app", Map.of("role", "web", "tier", "front"));
    private static final Peer.Pod API = Peer.pod("api", "app", Map.of("role", "api"));
    private static final Peer.Pod DB = Peer.pod("db", "app", Map.of("role", "db"));
    private static final Peer.Pod UNLABELLED = Peer.pod("unlabelled", "app", Map.of());
    private static final Peer.Pod API_ELSEWHERE = Peer.pod("api", "other", Map.of("role", "api"));
    private static final Peer.Pod PROMETHEUS = new Peer.Pod("prometheus", "monitoring", Map.of("team", "ops"),
            Map.of("app", "prometheus"));
    private static final Peer.Pod GRAFANA = new Peer.Pod("grafana", "monitoring", Map.of("team", "ops"),
            Map.of("app", "grafana"));
    private static final Peer.Pod PROMETHEUS_IN_APP = Peer.pod("prometheus", "app", Map.of("app", "prometheus"));

    @Test
    void withoutPoliciesEverythingIsAllowed() {
        NetworkPolicies none = policies("");
        assertTrue(none.allows(WEB, API, 8080, "TCP"));
        assertTrue(none.allows(API_ELSEWHERE, DB, 3306, "UDP"));
        assertTrue(none.allows(WEB, Peer.address("203.0.113.1"), 443, "TCP"));
    }

    @Test
    void aPolicyIsolatesOnlyTheDirectionsItLists() {
        NetworkPolicies ingressOnly = policies("""
                kind: NetworkPolicy
                apiVersion: networking.k8s.io/v1
                metadata: {name: api, namespace: app}
                spec:
                  podSelector: {matchLabels: {role: api}}
                  policyTypes: [Ingress]
                """);
        assertFalse(ingressOnly.allows(WEB, API, 8080, "TCP"));
        assertTrue(ingressOnly.allows(API, WEB, 8080, "TCP"));
        assertTrue(ingressOnly.allows(WEB, DB, 8080, "TCP"));
    }

    @Test
    void theSourcesEgressAndTheDestinationsIngressMustBothAllow() {
        String webEgressToApi = """
                kind: NetworkPolicy
                apiVersion: networking.k8s.io/v1
                metadata: {name: web-out, namespace: app}
                spec:
                  podSelector: {matchLabels: {role: web}}
                  policyTypes: [Egress]
                  egress:
                    - to: [{podSelector: {matchLabels: {role: api}}}]
                """;
        String apiClosed = """
                kind: NetworkPolicy
                apiVersion: networking.k8s.io/v1
                metadata: {name: api-closed, namespace: app}
                spec:
                  podSelector: {matchLabels: {role: api}}
                  policyTypes: [Ingress]
                """;
        String apiFromWeb = """
                kind: NetworkPolicy
                apiVersion: networking.k8s.io/v1
                metadata: {name: api-from-web, namespace: app}
                spec:
                  podSelector: {matchLabels: {role: api}}
                  policyTypes: [Ingress]
                  ingress:
                    - from: [{podSelector: {matchLabels: {role: web}}}]
                """;
        assertTrue(policies(webEgressToApi).allows(WEB, API, 8080, "TCP"));
        assertFalse(policies(webEgressToApi).allows(WEB, DB, 8080, "TCP"), "egress allows only api");
        assertFalse(policies(webEgressToApi, apiClosed).allows(WEB, API, 8080, "TCP"), "ingress refuses");
        // The rules of every policy selecting a pod add up: api-from-web opens what api-closed closes.
        assertTrue(policies(webEgressToApi, apiClosed, apiFromWeb).allows(WEB, API, 8080, "TCP"));
        assertFalse(policies(apiClosed, apiFromWeb).allows(DB, API, 8080, "TCP"));
    }

    @Test
    void anEmptyPodSelectorSelectsEveryPodOfItsNamespaceAndNoOther() {
        NetworkPolicies denyAll = policies(denyAll("app"));
        assertFalse(denyAll.allows(WEB, API, 8080, "TCP"));
        assertFalse(denyAll.allows(API_ELSEWHERE, UNLABELLED, 8080, "TCP"));
        assertTrue(denyAll.allows(API_ELSEWHERE, PROMETHEUS, 9090, "TCP"));
    }

    @Test
    void matchExpressionsNotInAlsoSelectsPodsWithoutTheLabel() {
        NetworkPolicies dbFromAllButWeb = policies(ingressTo("db", """
                - podSelector:
                    matchExpressions:
                      - {key: role, operator: NotIn, values: [web]}
                """));
        assertTrue(dbFromAllButWeb.allows(API, DB, 3306, "TCP"));
        assertTrue(dbFromAllButWeb.allows(UNLABELLED, DB, 3306, "TCP"));
        assertFalse(dbFromAllButWeb.allows(WEB, DB, 3306, "TCP"));
    }

    @Test
    void matchExpressionsInExistsAndDoesNotExist() {
        NetworkPolicies in = policies(ingressTo("db", """
                - podSelector: {matchExpressions: [{key: role, operator: In, values: [web, api]}]}
                """));
        assertTrue(in.allows(WEB, DB, 3306, "TCP"));
        assertTrue(in.allows(API, DB, 3306, "TCP"));
        assertFalse(in.allows(UNLABELLED, DB, 3306, "TCP"));

        NetworkPolicies exists = policies(ingressTo("db", """
                - podSelector: {matchExpressions: [{key: tier, operator: Exists}]}
                """));
        assertTrue(exists.allows(WEB, DB, 3306, "TCP"));
        assertFalse(exists.allows(API, DB, 3306, "TCP"));

        NetworkPolicies doesNotExist = policies(ingressTo("db", """
                - podSelector: {matchExpressions: [{key: tier, operator: DoesNotExist}]}
                """));
        assertFalse(doesNotExist.allows(WEB, DB, 3306, "TCP"));
        assertTrue(doesNotExist.allows(API, DB, 3306, "TCP"));
    }

    @Test
    void matchLabelsAndMatchExpressionsMustAllHold() {
        NetworkPolicies both = policies(ingressTo("db", """
                - podSelector:
                    matchLabels: {role: web}
                    matchExpressions: [{key: tier, operator: In, values: [back]}]
                """));
        assertFalse(both.allows(WEB, DB, 3306, "TCP"));
    }

    @Test
    void aPodSelectorAloneSelectsPodsOfThePolicysNamespaceOnly() {
        NetworkPolicies dbFromApi = policies(ingressTo("db", """
                - podSelector: {matchLabels: {role: api}}
                """));
        assertTrue(dbFromApi.allows(API, DB, 3306, "TCP"));
        assertFalse(dbFromApi.allows(API_ELSEWHERE, DB, 3306, "TCP"));
    }

    @Test
    void aNamespaceSelectorAloneSelectsEveryPodOfTheNamespacesItMatches() {
        NetworkPolicies dbFromOps = policies(ingressTo("db", """
                - namespaceSelector: {matchLabels: {team: ops}}
                """));
        assertTrue(dbFromOps.allows(PROMETHEUS, DB, 3306, "TCP"));
        assertTrue(dbFromOps.allows(GRAFANA, DB, 3306, "TCP"));
        assertFalse(dbFromOps.allows(API, DB, 3306, "TCP"));

        NetworkPolicies byName = policies(ingressTo("db", """
                - namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: other}}
                """));
        assertTrue(byName.allows(API_ELSEWHERE, DB, 3306, "TCP"), "every namespace is labelled with its name");
    }

    @Test
    void namespaceAndPodSelectorInOnePeerMustBothMatchButInTwoPeersEitherWill() {
        NetworkPolicies and = policies(ingressTo("db", """
                - namespaceSelector: {matchLabels: {team: ops}}
                  podSelector: {matchLabels: {app: prometheus}}
                """));
        assertTrue(and.allows(PROMETHEUS, DB, 9104, "TCP"));
        assertFalse(and.allows(GRAFANA, DB, 9104, "TCP"));
        assertFalse(and.allows(PROMETHEUS_IN_APP, DB, 9104, "TCP"));

        NetworkPolicies or = policies(ingressTo("db", """
                - namespaceSelector: {matchLabels: {team: ops}}
                - podSelector: {matchLabels: {app: prometheus}}
                """));
        assertTrue(or.allows(GRAFANA, DB, 9104, "TCP"));
        assertTrue(or.allows(PROMETHEUS_IN_APP, DB, 9104, "TCP"));
        assertFalse(or.allows(API, DB, 9104, "TCP"));
    }

    @Test
    void anIpBlockMatchesItsRangeButNotItsExceptions() {
        NetworkPolicies toDatabases = policies("""
                kind: NetworkPolicy
                apiVersion: networking.k8s.io/v1
                metadata: {name: web-out, namespace: app}
                spec:
                  podSelector: {matchLabels: {role: web}}
                  policyTypes: [Egress]
                  egress:
                    - to: [{ipBlock: {cidr: 192.168.0.0/16, except: [192.168.1.0/24]}}]
                      ports: [{port: 5432}]
                """);
        assertTrue(toDatabases.allows(WEB, Peer.address("192.168.2.3"), 5432, "TCP"));
        assertTrue(toDatabases.allows(WEB, Peer.address("192.168.255.255"), 5432, "TCP"));
        assertFalse(toDatabases.allows(WEB, Peer.address("192.168.1.7"), 5432, "TCP"), "excepted");
        assertFalse(toDatabases.allows(WEB, Peer.address("192.169.0.1"), 5432, "TCP"), "outside the range");
        assertFalse(toDatabases.allows(WEB, API, 5432, "TCP"), "an ipBlock clear of the pod network takes no pod");
    }

    @Test
    void anIpBlockThatCouldTakeInPodsIsRefusedUnlessThePodNetworkIsExcepted() {
        assertThrows(UnsupportedPolicyException.class, () -> policies(egressFromWeb("{cidr: 10.0.0.0/8}")));
        NetworkPolicies internet = policies(egressFromWeb("{cidr: 0.0.0.0/0, except: [10.244.0.0/16]}"));
        assertTrue(internet.allows(WEB, Peer.address("203.0.113.1"), 443, "TCP"));
        assertFalse(internet.allows(WEB, API, 443, "TCP"));
    }

    @Test
    void anAddressInThePodNetworkIsNotAnOutsidePeer() {
        assertThrows(IllegalArgumentException.class,
                () -> policies("").allows(WEB, Peer.address("10.244.3.4"), 80, "TCP"));
    }

    @Test
    void portsDefaultToTcpAndMayBeRanges() {
        NetworkPolicies dns = policies(ingressTo("db", "[]", "[{port: 53}, {protocol: UDP, port: 8000, endPort: 8010}]"));
        assertTrue(dns.allows(API, DB, 53, "TCP"));
        assertFalse(dns.allows(API, DB, 53, "UDP"), "protocol defaults to TCP");
        assertFalse(dns.allows(API, DB, 54, "TCP"));
        assertTrue(dns.allows(API, DB, 8000, "UDP"));
        assertTrue(dns.allows(API, DB, 8010, "UDP"));
        assertFalse(dns.allows(API, DB, 8011, "UDP"));
        assertFalse(dns.allows(API, DB, 8005, "TCP"));

        NetworkPolicies allUdp = policies(ingressTo("db", "[]", "[{protocol: UDP}]"));
        assertTrue(allUdp.allows(API, DB, 12345, "UDP"), "a protocol without a port is every port of it");
        assertFalse(allUdp.allows(API, DB, 12345, "TCP"));
    }

    @Test
    void aRuleWithoutPeersMatchesEveryPeerAndOneWithoutPortsEveryPort() {
        NetworkPolicies port80FromAnyone = policies(ingressTo("db", "[]", "[{port: 80}]"));
        assertTrue(port80FromAnyone.allows(API_ELSEWHERE, DB, 80, "TCP"));
        assertTrue(port80FromAnyone.allows(Peer.address("203.0.113.1"), DB, 80, "TCP"));
        assertFalse(port80FromAnyone.allows(API, DB, 81, "TCP"));

        NetworkPolicies anythingFromApi = policies(ingressTo("db", "[{podSelector: {matchLabels: {role: api}}}]"));
        assertTrue(anythingFromApi.allows(API, DB, 1, "SCTP"));
        assertFalse(anythingFromApi.allows(WEB, DB, 1, "SCTP"));

        NetworkPolicies emptyRule = policies(ingressTo("db", "[]", "[]"));
        assertTrue(emptyRule.allows(GRAFANA, DB, 65535, "UDP"), "an empty rule allows everything");
    }

    @Test
    void policyTypesDefaultToIngressAndToEgressWhenThereAreEgressRules() {
        NetworkPolicies withEgress = policies("""
                kind: NetworkPolicy
                apiVersion: networking.k8s.io/v1
                metadata: {name: web, namespace: app}
                spec:
                  podSelector: {matchLabels: {role: web}}
                  egress: [{to: [{podSelector: {matchLabels: {role: api}}}]}]
                """);
        assertFalse(withEgress.allows(API, WEB, 80, "TCP"), "ingress isolated, no ingress rules");
        assertTrue(withEgress.allows(WEB, API, 80, "TCP"));
        assertFalse(withEgress.allows(WEB, DB, 80, "TCP"), "egress isolated too");

        NetworkPolicies withoutEgress = policies("""
                kind: NetworkPolicy
                apiVersion: networking.k8s.io/v1
                metadata: {name: web, namespace: app}
                spec:
                  podSelector: {matchLabels: {role: web}}
                """);
        assertFalse(withoutEgress.allows(API, WEB, 80, "TCP"));
        assertTrue(withoutEgress.allows(WEB, DB, 80, "TCP"), "egress not isolated");
    }

    @Test
    void whatItDoesNotImplementOrTheApiWouldRefuseThrows() {
        List<String> refused = List.of(
                ingressTo("db", "[]", "[{port: http}]"),
                ingressTo("db", "[{podSelectors: {}}]"),
                ingressTo("db", "[{podSelector: {matchExpressions: [{key: a, operator: Gt, values: ['1']}]}}]"),
                ingressTo("db", "[{podSelector: {matchExpressions: [{key: a, operator: In}]}}]"),
                ingressTo("db", "[{podSelector: {matchExpressions: [{key: a, operator: Exists, values: [x]}]}}]"),
                ingressTo("db", "[{}]"),
                ingressTo("db", "[{ipBlock: {cidr: 192.168.0.0/16}, podSelector: {}}]"),
                ingressTo("db", "[{ipBlock: {cidr: 192.168.0.1/16}}]"),
                ingressTo("db", "[{ipBlock: {cidr: 'fd00::/8'}}]"),
                ingressTo("db", "[{ipBlock: {cidr: 192.168.0.0/16, except: [172.16.0.0/12]}}]"),
                ingressTo("db", "[]", "[{protocol: ICMP}]"),
                ingressTo("db", "[]", "[{endPort: 90}]"),
                ingressTo("db", "[]", "[{port: 90, endPort: 80}]"),
                ingressTo("db", "[]", "[{port: 0}]"),
                denyAll("app").replace("namespace: app", "labels: {}"),
                denyAll("app").replace("policyTypes: [Ingress, Egress]", "policyTypes: [Both]"),
                denyAll("app").replace("podSelector: {}", "podSelector: {}\n  something: new"));
        for (String policy : refused) {
            assertThrows(UnsupportedPolicyException.class, () -> policies(policy), policy);
        }
    }

    @Test
    void withoutOnlyDropsAPolicyItHas() {
        NetworkPolicies denyAll = policies(denyAll("app"));
        assertTrue(denyAll.without("deny-all").allows(WEB, API, 80, "TCP"));
        assertThrows(IllegalArgumentException.class, () -> denyAll.without("no-such-policy"));
        assertFalse(denyAll.allows(WEB, API, 80, "TCP"));
    }

    private static String denyAll(String namespace) {
        return """
                kind: NetworkPolicy
                apiVersion: networking.k8s.io/v1
                metadata: {name: deny-all, namespace: %s}
                spec:
                  podSelector: {}
                  policyTypes: [Ingress, Egress]
                """.formatted(namespace);
    }

    /** A policy isolating the pod with that role for ingress, with one rule of these peers (a YAML list). */
    private static String ingressTo(String role, String from) {
        return """
                kind: NetworkPolicy
                apiVersion: networking.k8s.io/v1
                metadata: {name: %s-in, namespace: app}
                spec:
                  podSelector: {matchLabels: {role: %s}}
                  policyTypes: [Ingress]
                  ingress:
                    - from:
                %s
                """.formatted(role, role, from.indent(8).stripTrailing());
    }

    private static String ingressTo(String role, String from, String ports) {
        return """
                kind: NetworkPolicy
                apiVersion: networking.k8s.io/v1
                metadata: {name: %s-in, namespace: app}
                spec:
                  podSelector: {matchLabels: {role: %s}}
                  policyTypes: [Ingress]
                  ingress:
                    - from: %s
                      ports: %s
                """.formatted(role, role, from, ports);
    }

    private static String egressFromWeb(String ipBlock) {
        return """
                kind: NetworkPolicy
                apiVersion: networking.k8s.io/v1
                metadata: {name: web-out, namespace: app}
                spec:
                  podSelector: {matchLabels: {role: web}}
                  policyTypes: [Egress]
                  egress:
                    - to: [{ipBlock: %s}]
                """.formatted(ipBlock);
    }

    private static NetworkPolicies policies(String... documents) {
        try {
            List<JsonNode> objects = new ArrayList<>();
            for (String document : documents) {
                if (!document.isBlank()) {
                    objects.add(YAML.readTree(document));
                }
            }
            return NetworkPolicies.from(objects, NetworkPolicies.ASSUMED_POD_NETWORK);
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
