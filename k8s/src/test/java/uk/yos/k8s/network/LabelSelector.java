package uk.yos.k8s.network;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A label selector: matchLabels and matchExpressions, all of which must hold; {} selects everything. */
final class LabelSelector {

    private final Map<String, String> matchLabels;
    private final List<Requirement> matchExpressions;

    private LabelSelector(Map<String, String> matchLabels, List<Requirement> matchExpressions) {
        this.matchLabels = matchLabels;
        this.matchExpressions = matchExpressions;
    }

    static LabelSelector parse(JsonNode node, String where) {
        StrictJson.onlyFields(node, where, "matchLabels", "matchExpressions");
        Map<String, String> labels = StrictJson.stringMap(node.path("matchLabels"), where + ".matchLabels");
        List<Requirement> requirements = new ArrayList<>();
        for (JsonNode expression : StrictJson.list(node, "matchExpressions", where)) {
            requirements.add(Requirement.parse(expression, where + ".matchExpressions"));
        }
        return new LabelSelector(labels, List.copyOf(requirements));
    }

    boolean matches(Map<String, String> labels) {
        return matchLabels.entrySet().stream().allMatch(e -> e.getValue().equals(labels.get(e.getKey())))
                && matchExpressions.stream().allMatch(r -> r.matches(labels));
    }

    /** One matchExpressions entry. */
    private record Requirement(String key, String operator, List<String> values) {

        static Requirement parse(JsonNode node, String where) {
            StrictJson.onlyFields(node, where, "key", "operator", "values");
            String key = StrictJson.text(node, "key", where);
            String operator = StrictJson.text(node, "operator", where);
            List<String> values = new ArrayList<>();
            for (JsonNode value : StrictJson.list(node, "values", where)) {
                if (!value.isTextual()) {
                    throw new UnsupportedPolicyException(where + ": values must be strings, got " + value);
                }
                values.add(value.asText());
            }
            boolean needsValues = switch (operator) {
                case "In", "NotIn" -> true;
                case "Exists", "DoesNotExist" -> false;
                default -> throw new UnsupportedPolicyException(where + ": unknown operator " + operator);
            };
            // The API server refuses In/NotIn without values and Exists/DoesNotExist with them.
            if (needsValues == values.isEmpty()) {
                throw new UnsupportedPolicyException(where + ": " + operator + (needsValues
                        ? " needs values" : " takes no values") + " (key " + key + ")");
            }
            return new Requirement(key, operator, List.copyOf(values));
        }

        boolean matches(Map<String, String> labels) {
            String value = labels.get(key);
            return switch (operator) {
                case "In" -> value != null && values.contains(value);
                // NotIn holds for a pod without the label, as in Kubernetes.
                case "NotIn" -> value == null || !values.contains(value);
                case "Exists" -> value != null;
                case "DoesNotExist" -> value == null;
                default -> throw new IllegalStateException(operator);
            };
        }
    }
}
