package uk.yos.common.idempotency;

import java.net.URI;

/** What a creating operation returns: where the new record lives, its ETag and the body to send. */
public record Created(URI location, String etag, Object body) {
}
