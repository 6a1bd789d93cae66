package uk.yos.devstack;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Port checks done before anything starts, so a clash is reported clearly instead of as a failed start. */
public final class Ports {

    private Ports() {
    }

    /** True when nothing listens on the port on any local address (binding the wildcard address fails otherwise). */
    public static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Fails with a {@link PortInUseException} naming the port, what needs it and the env var to move it.
     *
     * @param envVar the variable that overrides the port, or null when there is none
     */
    public static void requireFree(int port, String what, String envVar) {
        if (!isFree(port)) {
            throw new PortInUseException(port, what, envVar);
        }
    }

    /** A port free right now (the OS picks it); there is a small window before the caller binds it. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress("127.0.0.1", 0));
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new DevStackException("Cannot find a free port: " + e.getMessage(), e);
        }
    }

    /** Reads a port from the environment, or the default; rejects anything that is not 1..65535. */
    public static int fromEnv(java.util.Map<String, String> env, String name, int defaultPort) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return defaultPort;
        }
        try {
            int port = Integer.parseInt(value.trim());
            if (port < 1 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new DevStackException(name + "=" + value + " is not a port number (1-65535).");
        }
    }
}
