package dev.inboundscim.bootstrap.archviolation.application.port.out;

import dev.inboundscim.bootstrap.archviolation.application.service.RenameThingService;

/** Planted: a port that depends on a service. */
public record PlantedServiceHandle(RenameThingService service) {
}
