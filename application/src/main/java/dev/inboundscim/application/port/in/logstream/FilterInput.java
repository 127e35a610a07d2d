package dev.inboundscim.application.port.in.logstream;

/** One filter as a client sends it: {@code {"type":"category","name":"scim.event"}}. */
public record FilterInput(String type, String name) {
}
