package uk.yos.common.audit;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;

import io.smallrye.config.ConfigMapping;

/**
 * How the audit rows of reads are written in batches ({@code yos.audit.reads.*}, checked at start-up): one writer
 * per service collects the rows of concurrent requests and inserts them in one transaction; each read is answered
 * only once the transaction holding its row has committed.
 */
@ConfigMapping(prefix = "yos.audit.reads")
public interface ReadAuditSettings {

    /** Most rows written in one transaction. */
    @Min(1)
    @Max(1000)
    int maxBatchSize();

    /** How long the writer waits for more rows after the first one before it writes a batch that is not full. */
    @DurationMin(millis = 0)
    @DurationMax(millis = 100)
    Duration maxLinger();

    /** Rows waiting for the writer, at most; a read whose row finds the queue full is answered 503. */
    @Min(1)
    @Max(100_000)
    int queueCapacity();

    /** How long a read waits for its row to be committed before it is answered 503 instead. */
    @DurationMin(millis = 100)
    @DurationMax(seconds = 60)
    Duration maxWait();
}
