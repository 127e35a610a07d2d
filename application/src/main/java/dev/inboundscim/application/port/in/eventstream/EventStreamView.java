package dev.inboundscim.application.port.in.eventstream;

import dev.inboundscim.domain.event.EventStream;

/** An event stream as the Management API shows it, with how many events still wait for delivery. */
public record EventStreamView(EventStream stream, long pending) {
}
