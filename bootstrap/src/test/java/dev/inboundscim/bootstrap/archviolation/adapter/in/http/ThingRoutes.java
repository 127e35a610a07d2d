package dev.inboundscim.bootstrap.archviolation.adapter.in.http;

import dev.inboundscim.bootstrap.archviolation.application.port.in.RenameThingUseCase;
import dev.inboundscim.bootstrap.archviolation.application.port.in.RenameThingUseCase.RenameThingCommand;

/** The fixture's driving adapter: calls the input port. */
public final class ThingRoutes {

    private final RenameThingUseCase rename;

    public ThingRoutes(RenameThingUseCase rename) {
        this.rename = rename;
    }

    public String handle(String name) {
        return rename.rename(new RenameThingCommand(name)).thing().name();
    }
}
