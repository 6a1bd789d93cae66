package uk.yos.common.client;

import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/**
 * Turns another service's error answer into {@link UpstreamRejectedException} (4xx) or
 * {@link UpstreamUnavailableException} (5xx). Register it on each REST client with {@code @RegisterProvider}.
 */
public class UpstreamResponses implements ResponseExceptionMapper<RuntimeException> {

    @Override
    public RuntimeException toThrowable(Response response) {
        int status = response.getStatus();
        return status >= 500 ? new UpstreamUnavailableException(status) : new UpstreamRejectedException(status);
    }

    @Override
    public boolean handles(int status, jakarta.ws.rs.core.MultivaluedMap<String, Object> headers) {
        return status >= 400;
    }
}
