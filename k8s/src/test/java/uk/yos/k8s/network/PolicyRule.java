package uk.yos.k8s.network;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * One ingress or egress rule. It matches a connection when one of its peers is the other end and one of its ports
 * is the destination port; no peers listed means every peer, no ports listed means every port.
 */
record PolicyRule(List<PolicyPeer> peers, List<PolicyPort> ports) {

    static PolicyRule parse(JsonNode node, Direction direction, String policyNamespace, Cidr podNetwork,
            String where) {
        StrictJson.onlyFields(node, where, direction.peersField(), "ports");
        List<PolicyPeer> peers = new ArrayList<>();
        List<JsonNode> peerNodes = StrictJson.list(node, direction.peersField(), where);
        for (int i = 0; i < peerNodes.size(); i++) {
            peers.add(PolicyPeer.parse(peerNodes.get(i), policyNamespace, podNetwork,
                    where + "." + direction.peersField() + "[" + i + "]"));
        }
        List<PolicyPort> ports = new ArrayList<>();
        List<JsonNode> portNodes = StrictJson.list(node, "ports", where);
        for (int i = 0; i < portNodes.size(); i++) {
            ports.add(PolicyPort.parse(portNodes.get(i), where + ".ports[" + i + "]"));
        }
        return new PolicyRule(List.copyOf(peers), List.copyOf(ports));
    }

    boolean matches(Peer otherEnd, int port, String protocol) {
        return (peers.isEmpty() || peers.stream().anyMatch(p -> p.matches(otherEnd)))
                && (ports.isEmpty() || ports.stream().anyMatch(p -> p.matches(port, protocol)));
    }
}
