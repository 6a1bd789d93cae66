package uk.yos.common.idempotency;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import uk.yos.common.calendar.TimeSource;
import uk.yos.common.problem.LockConflicts;
import uk.yos.common.problem.ProblemException;
import uk.yos.web.security.Caller;

/**
 * Runs a creating POST at most once per {@code Idempotency-Key} and caller. The new record and the stored
 * response commit in one transaction, and the key is unique per caller in the database, so two concurrent
 * requests with the same key create one record: the loser rolls back and replays the winner's response.
 */
@ApplicationScoped
public class IdempotentCreation {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    private static final Pattern SAFE_KEY = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    @Inject
    Caller caller;

    @Inject
    ObjectMapper json;

    @Inject
    IdempotencySettings settings;

    @Inject
    TimeSource time;

    /**
     * @param key the caller's Idempotency-Key, or null to create without replay protection
     * @param request the request body, compared with the first request's by hash
     * @param create creates the record; it joins the transaction started here
     */
    public Response create(String key, Object request, Supplier<Created> create) {
        if (key == null) {
            return created(QuarkusTransaction.requiringNew().call(create::get));
        }
        if (!SAFE_KEY.matcher(key).matches()) {
            throw ProblemException.invalid(HEADER, "must be 1 to 100 letters, digits or . _ : -");
        }
        String subject = caller.subject();
        String hash = hash(request);
        for (int attempt = 1;; attempt++) {
            Optional<Response> earlier = replay(subject, key, hash);
            if (earlier.isPresent()) {
                return earlier.get();
            }
            try {
                return created(QuarkusTransaction.requiringNew().call(() -> {
                    Instant now = time.now();
                    IdempotencyRecord.removeExpired(subject, key, now);
                    Created result = create.get();
                    store(subject, key, hash, result, now);
                    return result;
                }));
            } catch (RuntimeException e) {
                // However this attempt failed (a unique key, an "already exists" check), if a concurrent request
                // with the same key committed meanwhile, answer as it did.
                Optional<Response> replayed = replay(subject, key, hash);
                if (replayed.isPresent()) {
                    return replayed.get();
                }
                // Chosen as a deadlock victim while the other request is still committing: try again, once.
                if (attempt == 1 && LockConflicts.isLockConflict(e)) {
                    continue;
                }
                throw e;
            }
        }
    }

    private Optional<Response> replay(String subject, String key, String hash) {
        return QuarkusTransaction.requiringNew().call(() -> IdempotencyRecord.findLive(subject, key, time.now()))
                .map(stored -> {
                    if (!stored.requestHash.equals(hash)) {
                        throw ProblemException.unprocessable(
                                "This Idempotency-Key was already used with a different request body");
                    }
                    // created() resolves the stored path against this request's base URI, as it did the first time.
                    Response.ResponseBuilder response = (stored.location == null
                            ? Response.status(stored.responseStatus)
                            : Response.created(URI.create(stored.location)).status(stored.responseStatus))
                            .entity(stored.responseBody).type(MediaType.APPLICATION_JSON)
                            .header(REPLAYED_HEADER, "true");
                    if (stored.etag != null) {
                        response.header("ETag", stored.etag);
                    }
                    return response.build();
                });
    }

    private void store(String subject, String key, String hash, Created result, Instant now) {
        IdempotencyRecord stored = new IdempotencyRecord();
        stored.caller = subject;
        stored.idempotencyKey = key;
        stored.requestHash = hash;
        stored.responseStatus = Response.Status.CREATED.getStatusCode();
        stored.responseBody = toJson(result.body());
        stored.location = result.location() == null ? null : result.location().toString();
        stored.etag = result.etag();
        stored.createdAt = now;
        stored.expiresAt = now.plus(settings.retention());
        stored.persistAndFlush();
    }

    private static Response created(Created result) {
        Response.ResponseBuilder response = Response.created(result.location()).entity(result.body());
        if (result.etag() != null) {
            response.header("ETag", result.etag());
        }
        return response.build();
    }

    private String hash(Object request) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(toJson(request).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Response bodies are always serialisable", e);
        }
    }
}
