package uk.yos.e2e;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** What the role matrix walked: the operations, the caller × operation checks, the answers, the rate-limit waits. */
final class MatrixTally {

    private final Set<String> operations = new LinkedHashSet<>();
    private final Map<Integer, Integer> statuses = new TreeMap<>();
    private int checks;
    private int rateLimitWaits;

    synchronized void walked(PublishedOperations.Published operation, int status, int waits) {
        operations.add(operation.service() + " " + operation.operation().method() + " " + operation.operation().path());
        statuses.merge(status, 1, Integer::sum);
        checks++;
        rateLimitWaits += waits;
    }

    synchronized int operations() {
        return operations.size();
    }

    synchronized int checks() {
        return checks;
    }

    synchronized String summary(PublishedOperations published, int callers) {
        return String.format("[role-matrix] %d operations walked of %d documented %s, %d caller x operation checks"
                        + " (%d callers); answers by status %s; %d waits for the rate limit",
                operations.size(), published.documentedCount(), published.documentedPerService(), checks, callers,
                statuses, rateLimitWaits);
    }
}
