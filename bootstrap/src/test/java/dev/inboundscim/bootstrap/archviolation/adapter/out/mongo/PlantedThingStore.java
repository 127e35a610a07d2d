package dev.inboundscim.bootstrap.archviolation.adapter.out.mongo;

import dev.inboundscim.bootstrap.archviolation.application.port.out.ThingRepository;
import dev.inboundscim.bootstrap.archviolation.application.port.out.ThingWrite;
import dev.inboundscim.bootstrap.archviolation.domain.Thing;

/** Planted: implements an output port without being named technology + port ({@code MongoThingRepository}). */
public final class PlantedThingStore implements ThingRepository {

    @Override
    public void save(Thing thing) {
    }

    @Override
    public void apply(ThingWrite write) {
    }
}
