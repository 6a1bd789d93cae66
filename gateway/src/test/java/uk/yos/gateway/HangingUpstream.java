package uk.yos.gateway;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * An upstream, on a plain socket, that shows what the gateway does to the connection of a request it no longer wants.
 * A request below {@link #HELD_PREFIX} is held unanswered and its path recorded ({@link #awaitHeld}); when the gateway
 * closes that connection the path is recorded again ({@link #awaitCancelled}). Any other request (its readiness, say)
 * is answered at once with {@code 200 {}}. WireMock cannot say when a client went away, hence this stub.
 */
final class HangingUpstream implements AutoCloseable {

    static final String PREFIX = "/api/v1/hangup-things";
    static final String HELD_PREFIX = PREFIX + "/held/";

    private final ServerSocket server;
    private final BlockingQueue<String> held = new LinkedBlockingQueue<>();
    private final BlockingQueue<String> cancelled = new LinkedBlockingQueue<>();

    HangingUpstream() {
        try {
            server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread acceptor = new Thread(this::accept, "hanging-upstream");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getLocalPort();
    }

    /** Whether a request for {@code path} is held, waiting at most {@code seconds} (other tests' requests skipped). */
    boolean awaitHeld(String path, int seconds) throws InterruptedException {
        return await(held, path, seconds);
    }

    /** Whether the gateway closed the connection of the held request for {@code path}, waiting at most {@code seconds}. */
    boolean awaitCancelled(String path, int seconds) throws InterruptedException {
        return await(cancelled, path, seconds);
    }

    private static boolean await(BlockingQueue<String> paths, String path, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        String next;
        while ((next = paths.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS)) != null) {
            if (next.equals(path)) {
                return true;
            }
        }
        return false;
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket connection = server.accept();
                Thread serve = new Thread(() -> serve(connection), "hanging-upstream-connection");
                serve.setDaemon(true);
                serve.start();
            } catch (IOException closed) {
                return;
            }
        }
    }

    /** Answers requests on one connection until one is held; then waits for the gateway to close it. */
    private void serve(Socket connection) {
        try (connection; InputStream in = connection.getInputStream(); OutputStream out = connection.getOutputStream()) {
            while (true) {
                String path = readRequestHead(in);
                if (path == null) {
                    return;
                }
                if (path.startsWith(HELD_PREFIX)) {
                    held.add(path);
                    while (in.read() != -1) {
                        // a body, if any, is read and dropped until the gateway closes the connection
                    }
                    cancelled.add(path);
                    return;
                }
                out.write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}"
                        .getBytes(StandardCharsets.US_ASCII));
                out.flush();
            }
        } catch (IOException e) {
            // the connection went away while reading or writing: nothing more to record
        }
    }

    /** The request line's path, once the whole head (up to its blank line) has arrived; null at the end of the stream. */
    private static String readRequestHead(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        int b;
        while ((b = in.read()) != -1) {
            head.append((char) b);
            if (b == '\n' && head.length() >= 4 && head.lastIndexOf("\r\n\r\n") == head.length() - 4) {
                return head.substring(0, head.indexOf("\r\n")).split(" ")[1];
            }
        }
        return null;
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
