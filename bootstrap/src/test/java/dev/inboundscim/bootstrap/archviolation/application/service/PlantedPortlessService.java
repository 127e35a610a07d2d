package dev.inboundscim.bootstrap.archviolation.application.service;

/** Planted: a service that implements no input port. */
public final class PlantedPortlessService {
}
