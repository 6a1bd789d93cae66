package uk.yos.e2e;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The records the role matrix made for its run ({@link MatrixFixture}) and who may see each: what fills a path or
 * query parameter of an operation, and the strings (ids, names, addresses) that identify a record in an answer, each
 * with the callers allowed to see it. A caller outside a record's readers must never find one of them in a body.
 * <p>
 * A parameter is looked up by its name ({@code caseId}, {@code victimId}, {@code contactId}, ...); a path's plain
 * {@code {id}} by the collection it follows ({@code /api/v1/victims/{id}}: {@code victims}).
 */
final class MatrixRecords {

    /** A record the matrix can address by its id, and the callers who may read it (to the others it is 404). */
    record Seeded(String name, String id, Set<Persona> readers) {
    }

    /** A string that identifies a record in an answer, and the callers who may see it there. */
    record Marker(String record, String what, String value, Set<Persona> readers) {
    }

    private final Map<String, Seeded> byParameter;
    private final Map<String, String> plainValues;
    private final List<Marker> markers;

    private MatrixRecords(Map<String, Seeded> byParameter, Map<String, String> plainValues, List<Marker> markers) {
        this.byParameter = Map.copyOf(byParameter);
        this.plainValues = Map.copyOf(plainValues);
        this.markers = List.copyOf(markers);
    }

    static Builder builder() {
        return new Builder();
    }

    /** The record a parameter of this path names, if the matrix made one. */
    Optional<Seeded> record(String path, String parameter) {
        return Optional.ofNullable(byParameter.get(key(path, parameter)));
    }

    /** The value for a parameter of this path: a record's id, or a plain value such as a reference-data code. */
    Optional<String> value(String path, String parameter) {
        return record(path, parameter).map(Seeded::id)
                .or(() -> Optional.ofNullable(plainValues.get(parameter)));
    }

    List<Marker> markers() {
        return markers;
    }

    private static String key(String path, String parameter) {
        if (!parameter.equals("id")) {
            return parameter;
        }
        // /api/v1/<collection>/{id}/...
        String[] segments = path.split("/");
        return segments.length > 3 ? segments[3] : parameter;
    }

    static final class Builder {

        private final Map<String, Seeded> byParameter = new LinkedHashMap<>();
        private final Map<String, String> plainValues = new LinkedHashMap<>();
        private final List<Marker> markers = new ArrayList<>();

        /**
         * A record named by the given parameters (a collection for its {@code {id}}, or a parameter name), whose id
         * only its readers may see.
         */
        Builder seed(String name, String id, Set<Persona> readers, String... parameters) {
            Seeded seeded = new Seeded(name, id, Set.copyOf(readers));
            for (String parameter : parameters) {
                if (byParameter.put(parameter, seeded) != null) {
                    throw new IllegalArgumentException("Two records for " + parameter);
                }
            }
            return marker(name, "id", id, readers);
        }

        /** Something that identifies a record (a name, an address), and who may see it. */
        Builder marker(String record, String what, String value, Set<Persona> readers) {
            markers.add(new Marker(record, what, value, Set.copyOf(readers)));
            return this;
        }

        /** A parameter that names no record of the matrix's own, e.g. a reference-data category. */
        Builder plain(String parameter, String value) {
            plainValues.put(parameter, value);
            return this;
        }

        MatrixRecords build() {
            return new MatrixRecords(byParameter, plainValues, markers);
        }
    }
}
