package dev.inboundscim.adapter.in.http.management;

import dev.inboundscim.application.port.in.oauth.CreateFederatedCredentialUseCase;
import dev.inboundscim.application.port.in.oauth.DeleteFederatedCredentialUseCase;
import dev.inboundscim.application.port.in.oauth.GetFederatedCredentialUseCase;
import dev.inboundscim.application.port.in.oauth.ListFederatedCredentialsUseCase;

/** The use cases of a connection's federated credentials (SPEC §9). */
public record FederatedCredentialUseCases(CreateFederatedCredentialUseCase create,
                                          ListFederatedCredentialsUseCase list, GetFederatedCredentialUseCase get,
                                          DeleteFederatedCredentialUseCase delete) {
}
