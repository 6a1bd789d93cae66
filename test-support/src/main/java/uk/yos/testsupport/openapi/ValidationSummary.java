package uk.yos.testsupport.openapi;

import java.util.Map;
import java.util.stream.Collectors;

import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;

/**
 * Prints, once every test of the JVM has run, how many responses {@link ResponseValidation} validated and how many
 * broke their document, and which routes' responses were not validated (no operation in any document). Registered
 * with JUnit through {@code META-INF/services}; prints nothing where no response was seen.
 */
public class ValidationSummary implements TestExecutionListener {

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        Map<String, Long> counts = ValidationTally.snapshot();
        if (counts.isEmpty()) {
            return;
        }
        System.out.println(line(counts));
        Map<String, Long> notValidated = counts.entrySet().stream()
                .filter(e -> e.getKey().startsWith(ValidationTally.NOT_VALIDATED))
                .collect(Collectors.toMap(e -> e.getKey().substring(ValidationTally.NOT_VALIDATED.length()),
                        Map.Entry::getValue, Long::sum, java.util.TreeMap::new));
        if (!notValidated.isEmpty()) {
            System.out.println("[openapi-validation] " + notValidated.values().stream().mapToLong(Long::longValue).sum()
                    + " responses not validated, to paths that are no operation of the documents: "
                    + notValidated.entrySet().stream().map(e -> e.getKey() + " (" + e.getValue() + ")")
                            .collect(Collectors.joining(", ")));
        }
    }

    /** {@code [openapi-validation] N responses validated, V violations}. */
    static String line(Map<String, Long> counts) {
        return "[openapi-validation] " + counts.getOrDefault(ValidationTally.VALIDATED, 0L)
                + " responses validated, " + counts.getOrDefault(ValidationTally.VIOLATIONS, 0L) + " violations";
    }
}
