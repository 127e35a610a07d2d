package dev.inboundscim.bootstrap.archviolation.application.port.in;

/** The fixture's input port. */
public interface RenameThingUseCase {

    ThingView rename(RenameThingCommand command);

    /** The use case's command, nested in its port as in the production code. */
    record RenameThingCommand(String name) {
    }
}
