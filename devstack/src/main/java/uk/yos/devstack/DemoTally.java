package uk.yos.devstack;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a demo load did, per kind of record or step: how many it created or recorded, and how many were already
 * there. A second load of the same demo data creates nothing.
 */
public final class DemoTally {

    private final Map<String, int[]> counts = new LinkedHashMap<>();

    void created(String kind) {
        counts.computeIfAbsent(kind, k -> new int[2])[0]++;
    }

    void found(String kind) {
        counts.computeIfAbsent(kind, k -> new int[2])[1]++;
    }

    /** {@code created} when {@code wasCreated}, else {@code found}. */
    void count(String kind, boolean wasCreated) {
        if (wasCreated) {
            created(kind);
        } else {
            found(kind);
        }
    }

    /** Adds counts made elsewhere (the children and cases {@link DemoDataLoader} loads). */
    void add(String kind, int created, int found) {
        int[] c = counts.computeIfAbsent(kind, k -> new int[2]);
        c[0] += created;
        c[1] += found;
    }

    public Set<String> kinds() {
        return counts.keySet();
    }

    public int createdCount(String kind) {
        return counts.getOrDefault(kind, new int[2])[0];
    }

    public int foundCount(String kind) {
        return counts.getOrDefault(kind, new int[2])[1];
    }

    public int createdTotal() {
        return counts.values().stream().mapToInt(c -> c[0]).sum();
    }

    @Override
    public String toString() {
        String each = counts.entrySet().stream()
                .map(e -> e.getKey() + ": " + e.getValue()[0] + " created, " + e.getValue()[1] + " already there")
                .collect(Collectors.joining("; "));
        return (createdTotal() == 0 ? "nothing new (all already there); " : "") + each;
    }
}
