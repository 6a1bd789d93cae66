package uk.yos.devstack;

/** A port the stack needs is taken; the message names the port and the variable that moves it. */
public final class PortInUseException extends DevStackException {

    private final int port;

    public PortInUseException(int port, String what, String envVar) {
        super("Port " + port + " (" + what + ") is already in use. Stop whatever listens there"
                + " (e.g. `ss -ltnp 'sport = :" + port + "'`, or `./yos down` for an earlier stack)"
                + (envVar == null ? "." : ", or choose another port: " + envVar + "=<port> ./yos up"));
        this.port = port;
    }

    public int port() {
        return port;
    }
}
