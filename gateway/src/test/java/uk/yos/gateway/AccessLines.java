package uk.yos.gateway;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.jboss.logmanager.ExtLogRecord;

/** The gateway's access lines ({@code uk.yos.gateway.access}) as they are written, from {@link #capture()} to close. */
final class AccessLines extends Handler implements AutoCloseable {

    private static final Logger ACCESS = Logger.getLogger("uk.yos.gateway.access");

    private final BlockingQueue<ExtLogRecord> lines = new LinkedBlockingQueue<>();

    private AccessLines() {
    }

    static AccessLines capture() {
        AccessLines lines = new AccessLines();
        ACCESS.addHandler(lines);
        return lines;
    }

    /**
     * The line of this request, with its logging context. It is written when the response ends, possibly just after
     * the client has read it: wait for it.
     */
    ExtLogRecord await(String requestId) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            ExtLogRecord line = lines.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (line != null && line.getFormattedMessage().startsWith("requestId=" + requestId + " ")) {
                return line;
            }
        }
        throw new AssertionError("no access line for " + requestId);
    }

    @Override
    public void publish(LogRecord record) {
        if (record instanceof ExtLogRecord line) {
            line.copyMdc(); // the context of the writing thread, before it changes
            lines.add(line);
        }
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        ACCESS.removeHandler(this);
    }
}
