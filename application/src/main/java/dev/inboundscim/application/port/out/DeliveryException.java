package dev.inboundscim.application.port.out;

/** An endpoint refused, failed or could not be reached; the message names the status or the cause, never a secret. */
public final class DeliveryException extends Exception {

    public DeliveryException(String message) {
        super(message);
    }
}
