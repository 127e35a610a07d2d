package dev.inboundscim.bootstrap.archviolation.stray;

/** Planted: a class in no layer's package. */
public final class PlantedStray {
}
