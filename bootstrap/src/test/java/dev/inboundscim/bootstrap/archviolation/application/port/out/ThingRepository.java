package dev.inboundscim.bootstrap.archviolation.application.port.out;

import dev.inboundscim.bootstrap.archviolation.domain.Thing;

/** The fixture's output port. */
public interface ThingRepository {

    void save(Thing thing);

    void apply(ThingWrite write);
}
