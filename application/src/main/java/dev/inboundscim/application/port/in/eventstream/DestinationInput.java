package dev.inboundscim.application.port.in.eventstream;

/** A destination as a client sends it: {@code {"type":"webhook","url","authorization"?}} or {@code {"type":"poll"}}. */
public record DestinationInput(String type, String url, String authorization) {
}
