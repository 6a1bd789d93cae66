package uk.yos.devstack;

/** A problem the developer can act on; its message is meant to be shown as it is, without a stack trace. */
public class DevStackException extends RuntimeException {

    public DevStackException(String message) {
        super(message);
    }

    public DevStackException(String message, Throwable cause) {
        super(message, cause);
    }
}
