package uk.yos.common.query;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects the optional filters of a list into one HQL {@code where} clause with named parameters, so that
 * only the filters a caller gave reach the query and every value is bound, never concatenated.
 */
public final class Conditions {

    private final List<String> clauses = new ArrayList<>();
    private final Map<String, Object> parameters = new HashMap<>();
    private final List<String> filtersUsed = new ArrayList<>();

    /** Adds {@code clause} (which uses {@code :name}) when {@code value} is present. */
    public Conditions add(String clause, String name, Object value) {
        if (value != null) {
            clauses.add(clause);
            parameters.put(name, value);
            filtersUsed.add(name);
        }
        return this;
    }

    /** Adds a clause that is always applied, such as an access rule, with its parameters. */
    public Conditions always(String clause, Map<String, Object> clauseParameters) {
        clauses.add(clause);
        parameters.putAll(clauseParameters);
        return this;
    }

    public String where() {
        return clauses.isEmpty() ? "1 = 1" : String.join(" and ", clauses);
    }

    public Map<String, Object> parameters() {
        return Map.copyOf(parameters);
    }

    /** The optional filters the caller used, by name: for audit details that must not repeat the values. */
    public List<String> filtersUsed() {
        return List.copyOf(filtersUsed);
    }
}
