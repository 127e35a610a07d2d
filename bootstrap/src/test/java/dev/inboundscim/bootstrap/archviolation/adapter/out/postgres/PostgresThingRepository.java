package dev.inboundscim.bootstrap.archviolation.adapter.out.postgres;

import dev.inboundscim.bootstrap.archviolation.application.port.out.ThingRepository;
import dev.inboundscim.bootstrap.archviolation.application.port.out.ThingWrite;
import dev.inboundscim.bootstrap.archviolation.domain.Thing;

/** A driven adapter named technology + port. */
public final class PostgresThingRepository implements ThingRepository {

    @Override
    public void save(Thing thing) {
    }

    @Override
    public void apply(ThingWrite write) {
    }
}
