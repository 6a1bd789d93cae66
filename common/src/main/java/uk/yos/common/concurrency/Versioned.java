package uk.yos.common.concurrency;

import jakarta.ws.rs.core.Response;

/** A response body and the version of the record it shows, which becomes the response's ETag. */
public record Versioned<T>(T body, long version) {

    public Response.ResponseBuilder ok() {
        return Response.ok(body).tag(EntityTags.of(version));
    }
}
