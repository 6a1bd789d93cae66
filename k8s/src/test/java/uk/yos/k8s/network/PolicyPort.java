package uk.yos.k8s.network;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;

/** One entry of a rule's ports: a protocol and a port or range of ports; without a port, every port of it. */
record PolicyPort(String protocol, Integer port, Integer endPort) {

    static final Set<String> PROTOCOLS = Set.of("TCP", "UDP", "SCTP");

    static PolicyPort parse(JsonNode node, String where) {
        StrictJson.onlyFields(node, where, "protocol", "port", "endPort");
        String protocol = node.has("protocol") ? StrictJson.text(node, "protocol", where) : "TCP";
        requireProtocol(protocol, where);
        JsonNode port = node.path("port");
        if (port.isTextual()) {
            // A named port means each destination pod's own container port of that name: not implemented.
            throw new UnsupportedPolicyException(where + ": named port " + port.asText() + " is not implemented");
        }
        Integer from = port.isMissingNode() ? null : number(port, where);
        Integer to = node.has("endPort") ? number(node.path("endPort"), where) : null;
        if (to != null && (from == null || to < from)) {
            throw new UnsupportedPolicyException(where + ": endPort needs a port no greater than it");
        }
        return new PolicyPort(protocol, from, to);
    }

    boolean matches(int destinationPort, String destinationProtocol) {
        if (!protocol.equals(destinationProtocol)) {
            return false;
        }
        if (port == null) {
            return true;
        }
        int last = endPort == null ? port : endPort;
        return port <= destinationPort && destinationPort <= last;
    }

    static void requireProtocol(String protocol, String where) {
        if (!PROTOCOLS.contains(protocol)) {
            throw new UnsupportedPolicyException(where + ": unknown protocol " + protocol);
        }
    }

    private static int number(JsonNode node, String where) {
        if (!node.isInt() || node.asInt() < 1 || node.asInt() > 65535) {
            throw new UnsupportedPolicyException(where + ": not a port number: " + node);
        }
        return node.asInt();
    }
}
