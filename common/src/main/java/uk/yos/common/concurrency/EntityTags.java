package uk.yos.common.concurrency;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.EntityTag;

import uk.yos.common.problem.ProblemException;
import uk.yos.web.problem.ProblemType;

/**
 * Optimistic locking over HTTP: a record's {@code @Version} is its strong ETag, and every change must name the
 * version it was based on in {@code If-Match}. A missing header is 428, a stale one 412.
 */
public final class EntityTags {

    private static final String CHANGED_SINCE_READ =
            "The record has changed since you read it; read it again and retry with its new ETag";

    private EntityTags() {
    }

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    public static String header(long version) {
        return of(version).toString();
    }

    /** Throws unless {@code ifMatch} names exactly {@code currentVersion}. */
    public static void requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(ProblemType.PRECONDITION_REQUIRED,
                    "This change needs an If-Match header with the record's current ETag");
        }
        if (ifMatch.trim().equals("*")) {
            // '*' would match any version and so allow a lost update.
            throw new ProblemException(ProblemType.PRECONDITION_REQUIRED,
                    "If-Match must name the record's ETag; '*' is not accepted");
        }
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.trim();
            // Weak tags never match under the strong comparison RFC 9110 requires for If-Match.
            if (tag.equals(header(currentVersion))) {
                return;
            }
        }
        throw new ProblemException(ProblemType.PRECONDITION_FAILED, CHANGED_SINCE_READ, List.of(),
                Map.of("ETag", header(currentVersion)));
    }

    /** The 412 for a change that lost a race: the record moved on after the caller's If-Match was checked. */
    public static ProblemException changedSinceRead() {
        return new ProblemException(ProblemType.PRECONDITION_FAILED, CHANGED_SINCE_READ);
    }
}
