package uk.yos.k8s.network;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import uk.yos.k8s.Overlay;

/** One overlay's pods and policies, with assertions that name the connection when they fail. */
record Suite(String overlay, SuitePods pods, NetworkPolicies policies) {

    static Suite of(String overlay) {
        Overlay rendered = Overlay.named(overlay);
        return new Suite(overlay, SuitePods.of(rendered), NetworkPolicies.of(rendered));
    }

    Peer.Pod pod(String workload) {
        return pods.get(workload);
    }

    /** The database the services and Keycloak use: dev's own MySQL pod, or prod's managed MySQL. */
    Peer database() {
        return "dev".equals(overlay) ? pod("mysql") : OutsidePeers.MANAGED_MYSQL;
    }

    void assertAllowed(Peer from, Peer to, int port, String protocol) {
        assertTrue(policies.allows(from, to, port, protocol),
                () -> describe(from, to, port, protocol) + " should be allowed");
    }

    void assertDenied(Peer from, Peer to, int port, String protocol) {
        assertFalse(policies.allows(from, to, port, protocol),
                () -> describe(from, to, port, protocol) + " should be denied");
    }

    static String connection(Peer from, Peer to, int port, String protocol) {
        return from.name() + " -> " + to.name() + ":" + port + "/" + protocol;
    }

    private String describe(Peer from, Peer to, int port, String protocol) {
        return "overlays/" + overlay + ": " + connection(from, to, port, protocol);
    }
}
