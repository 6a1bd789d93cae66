package uk.yos.common.paging;

import java.util.Map;
import java.util.stream.Collectors;

import io.quarkus.panache.common.Sort;
import uk.yos.common.problem.ProblemException;

/**
 * The sort fields one list allows, mapped from API names to entity properties. Only these ever reach a query,
 * so a caller cannot sort by (and so probe) a column the list does not expose.
 */
public final class SortFields {

    private final Map<String, String> allowed;
    private final String defaultSort;

    private SortFields(Map<String, String> allowed, String defaultSort) {
        this.allowed = Map.copyOf(allowed);
        this.defaultSort = defaultSort;
    }

    /** @param defaultSort the sort used when the caller gives none, in the same syntax as the parameter. */
    public static SortFields of(Map<String, String> allowed, String defaultSort) {
        return new SortFields(allowed, defaultSort);
    }

    public String describe() {
        return allowed.keySet().stream().sorted().collect(Collectors.joining(", "));
    }

    /** The Panache sort for the request; the entity id is always the last key so pages are stable. */
    public Sort toSort(String requested, String idProperty) {
        String spec = requested == null || requested.isBlank() ? defaultSort : requested;
        Sort sort = null;
        for (String token : spec.split(",")) {
            boolean descending = token.startsWith("-");
            String field = descending ? token.substring(1) : token;
            String property = allowed.get(field);
            if (property == null) {
                throw ProblemException.invalid("sort", "unknown sort field '" + field + "'; allowed: " + describe());
            }
            Sort.Direction direction = descending ? Sort.Direction.Descending : Sort.Direction.Ascending;
            sort = sort == null ? Sort.by(property, direction) : sort.and(property, direction);
        }
        return sort.and(idProperty);
    }
}
