package dev.inboundscim.adapter.in.http.management;

import dev.inboundscim.application.port.in.connection.CreateConnectionUseCase;
import dev.inboundscim.application.port.in.connection.DeleteConnectionUseCase;
import dev.inboundscim.application.port.in.connection.GetConnectionHealthUseCase;
import dev.inboundscim.application.port.in.connection.GetConnectionUseCase;
import dev.inboundscim.application.port.in.connection.ListConnectionsUseCase;
import dev.inboundscim.application.port.in.connection.UpdateConnectionUseCase;

/** The use cases of {@code /connections}. */
public record ConnectionUseCases(CreateConnectionUseCase create, ListConnectionsUseCase list,
                                 GetConnectionUseCase get, UpdateConnectionUseCase update,
                                 DeleteConnectionUseCase delete, GetConnectionHealthUseCase health) {
}
