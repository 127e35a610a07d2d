package dev.inboundscim.adapter.in.http.management;

import dev.inboundscim.application.port.in.oauth.AddClientSecretUseCase;
import dev.inboundscim.application.port.in.oauth.CreateScimClientUseCase;
import dev.inboundscim.application.port.in.oauth.DeleteClientSecretUseCase;
import dev.inboundscim.application.port.in.oauth.DeleteScimClientUseCase;
import dev.inboundscim.application.port.in.oauth.GetScimClientUseCase;
import dev.inboundscim.application.port.in.oauth.ListScimClientsUseCase;

/** The use cases of a connection's OAuth clients (SPEC §9). */
public record ScimClientUseCases(CreateScimClientUseCase create, ListScimClientsUseCase list,
                                 GetScimClientUseCase get, DeleteScimClientUseCase delete,
                                 AddClientSecretUseCase addSecret, DeleteClientSecretUseCase deleteSecret) {
}
