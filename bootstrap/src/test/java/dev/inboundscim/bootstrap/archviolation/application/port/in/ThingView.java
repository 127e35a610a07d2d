package dev.inboundscim.bootstrap.archviolation.application.port.in;

import dev.inboundscim.bootstrap.archviolation.domain.Thing;

/** What the input port answers. */
public record ThingView(Thing thing) {
}
