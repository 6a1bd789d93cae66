package uk.yos.testsupport.openapi;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.quarkus.test.common.http.TestHTTPResourceManager;
import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;

/**
 * Validates every response of a service's {@code @QuarkusTest}s against the OpenAPI document the application under
 * test serves at {@code /q/openapi}, read once per application address. It is the document the build stores in
 * {@code target/openapi} (the same annotations and filters make both), which is not there yet when the tests run:
 * Quarkus writes it in {@code package}, after {@code test}. Requests to other addresses (a WireMock stub) are not
 * validated.
 * <p>
 * A module turns it on by naming this class in
 * {@code src/test/resources/META-INF/services/io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback};
 * no test needs code of its own.
 */
public class ServedDocumentValidation implements QuarkusTestBeforeEachCallback {

    private static final Map<String, OpenApiDocument> DOCUMENTS = new ConcurrentHashMap<>();

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        if (!ResponseValidation.installed()) {
            ResponseValidation.install(new ResponseValidation(ServedDocumentValidation::documentFor));
        }
    }

    private static List<OpenApiDocument> documentFor(URI request) {
        URI application = URI.create(TestHTTPResourceManager.getUri());
        if (!origin(request).equals(origin(application))) {
            return List.of();
        }
        return List.of(DOCUMENTS.computeIfAbsent(origin(application), origin -> OpenApiDocument
                .fetch("the application under test (" + origin + ")", URI.create(origin + "/q/openapi?format=json"))));
    }

    private static String origin(URI uri) {
        int port = uri.getPort() != -1 ? uri.getPort() : "https".equals(uri.getScheme()) ? 443 : 80;
        String host = "localhost".equals(uri.getHost()) ? "127.0.0.1" : uri.getHost();
        return uri.getScheme() + "://" + host + ":" + port;
    }
}
