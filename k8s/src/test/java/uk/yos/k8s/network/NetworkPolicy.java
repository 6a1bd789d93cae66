package uk.yos.k8s.network;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** One NetworkPolicy object: the pods it selects, the directions it isolates them in, and its rules for each. */
record NetworkPolicy(String name, String namespace, LabelSelector podSelector, Set<Direction> policyTypes,
        Map<Direction, List<PolicyRule>> rules) {

    static NetworkPolicy parse(JsonNode object, Cidr podNetwork) {
        String name = object.path("metadata").path("name").asText();
        String namespace = object.path("metadata").path("namespace").asText();
        String where = "NetworkPolicy " + name;
        if (namespace.isEmpty()) {
            // Without one it would land in whatever namespace kubectl is pointed at.
            throw new UnsupportedPolicyException(where + " has no namespace");
        }
        JsonNode spec = object.path("spec");
        StrictJson.onlyFields(spec, where + " spec", "podSelector", "policyTypes", "ingress", "egress");
        if (!spec.has("podSelector")) {
            throw new UnsupportedPolicyException(where + ": spec.podSelector is required");
        }
        LabelSelector podSelector = LabelSelector.parse(spec.path("podSelector"), where + " spec.podSelector");
        Map<Direction, List<PolicyRule>> rules = new EnumMap<>(Direction.class);
        for (Direction direction : Direction.values()) {
            List<PolicyRule> parsed = new ArrayList<>();
            List<JsonNode> nodes = StrictJson.list(spec, direction.rulesField(), where);
            for (int i = 0; i < nodes.size(); i++) {
                parsed.add(PolicyRule.parse(nodes.get(i), direction, namespace, podNetwork,
                        where + " " + direction.rulesField() + "[" + i + "]"));
            }
            rules.put(direction, List.copyOf(parsed));
        }
        return new NetworkPolicy(name, namespace, podSelector, policyTypes(spec, rules, where), Map.copyOf(rules));
    }

    /** As the API server defaults it when absent: Ingress always, Egress if there are egress rules. */
    private static Set<Direction> policyTypes(JsonNode spec, Map<Direction, List<PolicyRule>> rules, String where) {
        Set<Direction> types = EnumSet.noneOf(Direction.class);
        if (!spec.has("policyTypes")) {
            types.add(Direction.INGRESS);
            if (!rules.get(Direction.EGRESS).isEmpty()) {
                types.add(Direction.EGRESS);
            }
            return types;
        }
        for (JsonNode type : StrictJson.list(spec, "policyTypes", where)) {
            types.add(Direction.ofPolicyType(type.asText(), where));
        }
        return types;
    }

    /** Whether this policy isolates the pod in that direction: it selects the pod and lists the type. */
    boolean isolates(Peer.Pod pod, Direction direction) {
        return policyTypes.contains(direction) && pod.namespace().equals(namespace)
                && podSelector.matches(pod.labels());
    }

    boolean allows(Direction direction, Peer otherEnd, int port, String protocol) {
        return rules.get(direction).stream().anyMatch(rule -> rule.matches(otherEnd, port, protocol));
    }
}
