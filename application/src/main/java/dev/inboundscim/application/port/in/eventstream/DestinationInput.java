package dev.inboundscim.application.port.in.eventstream;

/**
 * A destination as a client sends it: {@code {"type":"webhook","url","authorization"?,"batch"?}} or
 * {@code {"type":"poll"}}.
 */
public record DestinationInput(String type, String url, String authorization, Boolean batch) {

    /** A destination without the batch choice (one event per request). */
    public DestinationInput(String type, String url, String authorization) {
        this(type, url, authorization, null);
    }
}
