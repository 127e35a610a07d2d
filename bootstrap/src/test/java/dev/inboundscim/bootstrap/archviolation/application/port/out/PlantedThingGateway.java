package dev.inboundscim.bootstrap.archviolation.application.port.out;

/** Planted: an output port whose name says no role ({@code ThingRepository}, {@code ThingPort}). */
public interface PlantedThingGateway {
}
