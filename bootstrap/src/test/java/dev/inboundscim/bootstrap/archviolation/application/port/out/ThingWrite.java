package dev.inboundscim.bootstrap.archviolation.application.port.out;

/** A closed set of write values beside the ports: sealed, so no adapter implements it and it is no port. */
public sealed interface ThingWrite {

    /** The one kind of write. */
    record Rename(String name) implements ThingWrite {
    }
}
