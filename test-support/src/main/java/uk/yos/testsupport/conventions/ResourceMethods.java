package uk.yos.testsupport.conventions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The endpoints the module's own code declares: every JAX-RS resource method ({@code @Path} class, method with an
 * HTTP method annotation) among the classes the build compiled into {@code target/classes}, as
 * {@code METHOD /path/{param}}. REST client interfaces declare the same annotations and are left out.
 * <p>
 * Annotations are matched by name, so test-support needs no JAX-RS dependency.
 */
final class ResourceMethods {

    static final Path CLASSES = Path.of("target", "classes");

    private static final String PATH = "jakarta.ws.rs.Path";
    private static final String HTTP_METHOD = "jakarta.ws.rs.HttpMethod";

    private ResourceMethods() {
    }

    /** {@code GET /api/v1/cases/{id}} for each resource method, sorted. */
    static Set<String> declared(ClassLoader loader) {
        Set<String> endpoints = new TreeSet<>();
        try (Stream<Path> files = Files.walk(CLASSES)) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".class"))::iterator) {
                String name = CLASSES.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".")
                        .replaceAll("\\.class$", "");
                if (name.endsWith("module-info") || name.endsWith("package-info")) {
                    continue;
                }
                Class<?> type;
                try {
                    type = Class.forName(name, false, loader);
                } catch (ClassNotFoundException | LinkageError e) {
                    continue;
                }
                String classPath = value(type, PATH);
                if (classPath == null || type.isInterface() || Modifier.isAbstract(type.getModifiers())) {
                    continue;
                }
                for (Method method : type.getMethods()) {
                    String httpMethod = httpMethod(method);
                    if (httpMethod != null) {
                        String methodPath = value(method, PATH);
                        endpoints.add(httpMethod + " " + normalise(classPath + "/" + (methodPath == null ? ""
                                : methodPath)));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return endpoints;
    }

    /** One leading slash, none trailing or doubled, and {@code {id: regex}} written {@code {id}}. */
    static String normalise(String path) {
        String normalised = ("/" + path).replaceAll("/+", "/").replaceAll("\\{\\s*([^}:\\s]+)\\s*(:[^}]*)?}", "{$1}");
        return normalised.length() > 1 && normalised.endsWith("/")
                ? normalised.substring(0, normalised.length() - 1)
                : normalised;
    }

    private static String httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            String value = value(annotation.annotationType(), HTTP_METHOD);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    /** The {@code value()} of the annotation with this class name on the element, or null. */
    private static String value(AnnotatedElement element, String annotationName) {
        for (Annotation annotation : element.getAnnotations()) {
            if (annotation.annotationType().getName().equals(annotationName)) {
                try {
                    return (String) annotation.annotationType().getMethod("value").invoke(annotation);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return null;
    }
}
