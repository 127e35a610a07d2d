package dev.inboundscim.application.port.in.logstream;

import dev.inboundscim.domain.logstream.LogStream;

/** A log stream as the Management API shows it, with how many entries still wait for delivery. */
public record LogStreamView(LogStream stream, long pending) {
}
