package dev.inboundscim.bootstrap;

/** A configuration or environment problem that stops the server at start, reported as one line. */
public final class StartupException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StartupException(String message) {
        super(message);
    }
}
