package dev.inboundscim.bootstrap.archviolation.adapter.out.postgres;

import dev.inboundscim.bootstrap.archviolation.application.port.in.RenameThingUseCase.RenameThingCommand;
import dev.inboundscim.bootstrap.archviolation.application.service.RenameThingService;

/** Planted: an adapter that calls a service instead of a port. */
public final class PlantedServiceCaller {

    public String call(RenameThingService service) {
        return service.rename(new RenameThingCommand("x")).thing().name();
    }
}
