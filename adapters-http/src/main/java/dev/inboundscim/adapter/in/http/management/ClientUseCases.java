package dev.inboundscim.adapter.in.http.management;

import dev.inboundscim.application.port.in.client.CreateClientUseCase;
import dev.inboundscim.application.port.in.client.DeleteClientUseCase;
import dev.inboundscim.application.port.in.client.GetClientUseCase;
import dev.inboundscim.application.port.in.client.ListClientsUseCase;
import dev.inboundscim.application.port.in.client.UpdateClientUseCase;

/** The use cases of {@code /clients}. */
public record ClientUseCases(CreateClientUseCase create, ListClientsUseCase list, GetClientUseCase get,
                             UpdateClientUseCase update, DeleteClientUseCase delete) {
}
