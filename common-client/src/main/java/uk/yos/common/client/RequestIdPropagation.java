package uk.yos.common.client;

import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.ext.Provider;

import org.jboss.logging.MDC;

import uk.yos.web.requestid.RequestIds;

/** Passes the request id on to every service this one calls, so one id follows a request through the suite. */
@Provider
public class RequestIdPropagation implements ClientRequestFilter {

    @Override
    public void filter(ClientRequestContext request) {
        String requestId = RequestIds.current();
        if (requestId == null) {
            Object fromLog = MDC.get(RequestIds.MDC_KEY);
            requestId = fromLog == null ? null : fromLog.toString();
        }
        if (requestId != null) {
            request.getHeaders().putSingle(RequestIds.HEADER, requestId);
        }
    }
}
