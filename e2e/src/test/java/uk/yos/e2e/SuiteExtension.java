package uk.yos.e2e;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * {@code @ExtendWith(SuiteExtension.class)}: the first test class to run starts the {@link Suite}; it is kept in the
 * root context's store, so it is shared by all classes and closed by JUnit when the whole run ends, whether the tests
 * passed or not. Test methods and constructors may take the {@link Suite} as a parameter.
 */
public final class SuiteExtension implements BeforeAllCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SuiteExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        suite(context);
    }

    private static Suite suite(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .computeIfAbsent(Suite.class, key -> Suite.get(), Suite.class);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Suite.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return suite(context);
    }
}
