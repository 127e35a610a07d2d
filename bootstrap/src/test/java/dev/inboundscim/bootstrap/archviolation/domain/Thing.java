package dev.inboundscim.bootstrap.archviolation.domain;

/** The fixture hexagon's one domain type. */
public record Thing(String name) {
}
