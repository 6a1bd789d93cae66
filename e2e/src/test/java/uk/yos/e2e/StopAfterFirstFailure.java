package uk.yos.e2e;

import java.util.Optional;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * For ordered step-by-step classes: once a step fails, the later steps are skipped (each builds on the one before,
 * so they could only fail in confusing ways) and the report names the step that broke.
 */
public final class StopAfterFirstFailure implements TestExecutionExceptionHandler, ExecutionCondition {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(StopAfterFirstFailure.class);
    private static final String FAILED = "failed-step";

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable throwable) throws Throwable {
        classStore(context).put(FAILED, context.getDisplayName());
        throw throwable;
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (context.getTestMethod().isEmpty()) {
            return ConditionEvaluationResult.enabled("class");
        }
        Optional<String> failed = Optional.ofNullable(classStore(context).get(FAILED, String.class));
        return failed.map(step -> ConditionEvaluationResult.disabled("skipped: the earlier step '" + step + "' failed"))
                .orElse(ConditionEvaluationResult.enabled("no earlier step failed"));
    }

    private static ExtensionContext.Store classStore(ExtensionContext context) {
        ExtensionContext classContext = context.getParent().filter(p -> p.getTestMethod().isEmpty()).orElse(context);
        return classContext.getStore(NAMESPACE);
    }
}
