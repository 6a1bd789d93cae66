package uk.yos.testsupport.openapi;

import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The counts of one test JVM: responses validated, violations, and responses not validated by route. A
 * {@code @QuarkusTest} runs in Quarkus's class loader while the JUnit listener that prints the counts runs in the
 * application class loader, each with its own copy of this class; so the counts are kept where both see them, as
 * system properties under {@value #PREFIX} (strings only: libraries copy the system properties as strings), each
 * update made while holding the properties' own lock.
 */
final class ValidationTally {

    static final String VALIDATED = "validated";
    static final String VIOLATIONS = "violations";
    static final String NOT_VALIDATED = "not-validated ";
    private static final String PREFIX = "uk.yos.testsupport.openapi.tally.";

    private ValidationTally() {
    }

    static void validated(boolean conforms) {
        increment(VALIDATED);
        if (!conforms) {
            increment(VIOLATIONS);
        }
    }

    static void notValidated(String route) {
        increment(NOT_VALIDATED + route);
    }

    /** The counts, by name. */
    static Map<String, Long> snapshot() {
        Map<String, Long> copy = new TreeMap<>();
        Properties properties = System.getProperties();
        synchronized (properties) {
            for (String name : properties.stringPropertyNames()) {
                if (name.startsWith(PREFIX)) {
                    copy.put(name.substring(PREFIX.length()), Long.parseLong(properties.getProperty(name)));
                }
            }
        }
        return copy;
    }

    private static void increment(String name) {
        Properties properties = System.getProperties();
        synchronized (properties) {
            long count = Long.parseLong(properties.getProperty(PREFIX + name, "0"));
            properties.setProperty(PREFIX + name, Long.toString(count + 1));
        }
    }
}
