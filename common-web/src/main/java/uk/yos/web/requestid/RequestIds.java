package uk.yos.web.requestid;

import java.util.UUID;
import java.util.regex.Pattern;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;

/** The request id of the request being served: taken from a well-formed caller header, or generated. */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    public static final String CONTEXT_KEY = "yos.requestId";

    // Short and free of characters that could forge log lines or headers.
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    private RequestIds() {
    }

    /** The caller's id when it is safe to echo and log, otherwise a fresh one. */
    public static String acceptOrGenerate(String fromCaller) {
        if (fromCaller != null && SAFE.matcher(fromCaller).matches()) {
            return fromCaller;
        }
        return UUID.randomUUID().toString();
    }

    /** The id the filter gave this request. */
    public static String of(RoutingContext context) {
        return context.get(CONTEXT_KEY);
    }

    public static String current() {
        RoutingContext context = currentContext();
        return context == null ? null : of(context);
    }

    public static String currentPath() {
        RoutingContext context = currentContext();
        return context == null ? null : context.request().path();
    }

    private static RoutingContext currentContext() {
        if (Arc.container() == null) {
            return null;
        }
        try (InstanceHandle<CurrentVertxRequest> handle = Arc.container().instance(CurrentVertxRequest.class)) {
            return handle.isAvailable() ? handle.get().getCurrent() : null;
        } catch (RuntimeException noActiveRequest) {
            return null;
        }
    }
}
