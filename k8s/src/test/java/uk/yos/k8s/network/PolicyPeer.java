package uk.yos.k8s.network;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** One entry of a rule's from or to: pods by selectors, or addresses by an ipBlock. */
sealed interface PolicyPeer permits PolicyPeer.Pods, PolicyPeer.Addresses {

    boolean matches(Peer peer);

    static PolicyPeer parse(JsonNode node, String policyNamespace, Cidr podNetwork, String where) {
        StrictJson.onlyFields(node, where, "podSelector", "namespaceSelector", "ipBlock");
        boolean selectsPods = node.has("podSelector") || node.has("namespaceSelector");
        if (node.has("ipBlock")) {
            if (selectsPods) {
                throw new UnsupportedPolicyException(where + ": ipBlock cannot be combined with selectors");
            }
            return Addresses.parse(node.path("ipBlock"), podNetwork, where + ".ipBlock");
        }
        if (!selectsPods) {
            throw new UnsupportedPolicyException(where + ": a peer needs podSelector, namespaceSelector or ipBlock");
        }
        return new Pods(policyNamespace,
                node.has("namespaceSelector")
                        ? LabelSelector.parse(node.path("namespaceSelector"), where + ".namespaceSelector") : null,
                node.has("podSelector") ? LabelSelector.parse(node.path("podSelector"), where + ".podSelector") : null);
    }

    /**
     * Pods: with a namespaceSelector, in the namespaces it selects (all their pods, or those the podSelector selects
     * too); with only a podSelector, in the policy's own namespace.
     */
    record Pods(String policyNamespace, LabelSelector namespaceSelector, LabelSelector podSelector)
            implements PolicyPeer {

        @Override
        public boolean matches(Peer peer) {
            if (!(peer instanceof Peer.Pod pod)) {
                return false;
            }
            boolean inNamespace = namespaceSelector == null
                    ? pod.namespace().equals(policyNamespace)
                    : namespaceSelector.matches(pod.namespaceLabels());
            return inNamespace && (podSelector == null || podSelector.matches(pod.labels()));
        }
    }

    /** Addresses in cidr but in none of except. */
    record Addresses(Cidr cidr, List<Cidr> except) implements PolicyPeer {

        static Addresses parse(JsonNode node, Cidr podNetwork, String where) {
            StrictJson.onlyFields(node, where, "cidr", "except");
            Cidr cidr = Cidr.parse(StrictJson.text(node, "cidr", where));
            List<Cidr> except = new ArrayList<>();
            for (JsonNode excepted : StrictJson.list(node, "except", where)) {
                Cidr range = Cidr.parse(excepted.asText());
                if (!cidr.containsAll(range) || range.equals(cidr)) {
                    throw new UnsupportedPolicyException(where + ": except " + range + " must lie strictly in " + cidr);
                }
                except.add(range);
            }
            // Whether an ipBlock matches pod addresses is up to the network plugin; only a block clear of the pod
            // network has one answer (no pod matches it), so anything else is refused rather than guessed.
            if (cidr.overlaps(podNetwork) && except.stream().noneMatch(e -> e.containsAll(podNetwork))) {
                throw new UnsupportedPolicyException(where + ": " + cidr + " overlaps the pod network " + podNetwork
                        + "; whether pods match it depends on the network plugin");
            }
            return new Addresses(cidr, List.copyOf(except));
        }

        @Override
        public boolean matches(Peer peer) {
            if (!(peer instanceof Peer.Address address)) {
                return false;
            }
            long ip = address.value();
            return cidr.contains(ip) && except.stream().noneMatch(e -> e.contains(ip));
        }
    }
}
