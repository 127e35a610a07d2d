package dev.inboundscim.adapter.in.http.management;

import dev.inboundscim.application.port.in.setup.CreateSetupTicketUseCase;
import dev.inboundscim.application.port.in.setup.ListSetupTicketsUseCase;
import dev.inboundscim.application.port.in.setup.RevokeSetupTicketUseCase;

/** The use cases of a connection's setup tickets. */
public record SetupTicketUseCases(CreateSetupTicketUseCase create, ListSetupTicketsUseCase list,
                                  RevokeSetupTicketUseCase revoke) {
}
