package dev.inboundscim.bootstrap.archviolation.application.service;

import dev.inboundscim.bootstrap.archviolation.application.ThingSettings;
import dev.inboundscim.bootstrap.archviolation.application.port.in.RenameThingUseCase;
import dev.inboundscim.bootstrap.archviolation.application.port.in.ThingView;
import dev.inboundscim.bootstrap.archviolation.application.port.out.ThingRepository;
import dev.inboundscim.bootstrap.archviolation.domain.Thing;

/** The one implementation of the fixture's input port. */
public final class RenameThingService implements RenameThingUseCase {

    private final ThingRepository things;
    private final ThingSettings settings;

    public RenameThingService(ThingRepository things, ThingSettings settings) {
        this.things = things;
        this.settings = settings;
    }

    @Override
    public ThingView rename(RenameThingCommand command) {
        Thing thing = new Thing(command.name().substring(0, Math.min(command.name().length(),
                settings.maxNameLength())));
        things.save(thing);
        return new ThingView(thing);
    }
}
