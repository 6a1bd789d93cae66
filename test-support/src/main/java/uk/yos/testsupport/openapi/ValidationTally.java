package uk.yos.testsupport.openapi;

import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The counts of one test JVM: responses validated, violations, and responses not validated by reason. A
 * {@code @QuarkusTest} runs in Quarkus's class loader while the JUnit listener that prints the counts runs in the
 * application class loader, each with its own copy of this class; so the counts live in one map of JDK types
 * kept in the system properties, which both see.
 */
final class ValidationTally {

    static final String VALIDATED = "validated";
    static final String VIOLATIONS = "violations";
    static final String NOT_VALIDATED = "not validated: ";
    private static final String KEY = "uk.yos.testsupport.openapi.tally";

    private ValidationTally() {
    }

    static void validated(boolean conforms) {
        counter(VALIDATED).incrementAndGet();
        if (!conforms) {
            counter(VIOLATIONS).incrementAndGet();
        }
    }

    static void notValidated(String route) {
        counter(NOT_VALIDATED + route).incrementAndGet();
    }

    /** A copy of the counts, sorted by name. */
    static Map<String, Long> snapshot() {
        Map<String, Long> copy = new TreeMap<>();
        counts().forEach((name, count) -> copy.put(name, count.get()));
        return copy;
    }

    private static AtomicLong counter(String name) {
        return counts().computeIfAbsent(name, n -> new AtomicLong());
    }

    @SuppressWarnings("unchecked")
    private static ConcurrentMap<String, AtomicLong> counts() {
        Properties properties = System.getProperties();
        synchronized (properties) {
            Object counts = properties.get(KEY);
            if (counts == null) {
                counts = new ConcurrentHashMap<String, AtomicLong>();
                properties.put(KEY, counts);
            }
            return (ConcurrentMap<String, AtomicLong>) counts;
        }
    }
}
