package dev.inboundscim.adapter.in.http.management;

import dev.inboundscim.application.port.in.client.ClientUseCases.CreateClientUseCase;
import dev.inboundscim.application.port.in.client.ClientUseCases.DeleteClientUseCase;
import dev.inboundscim.application.port.in.client.ClientUseCases.GetClientUseCase;
import dev.inboundscim.application.port.in.client.ClientUseCases.ListClientsUseCase;
import dev.inboundscim.application.port.in.client.ClientUseCases.UpdateClientUseCase;
import dev.inboundscim.application.port.in.session.SessionUseCases.EndSessionsUseCase;
import dev.inboundscim.application.port.in.session.SessionUseCases.ListRefreshTokensUseCase;
import dev.inboundscim.application.port.in.session.SessionUseCases.ListSessionsUseCase;
import dev.inboundscim.application.port.in.session.SessionUseCases.RecordLoginUseCase;
import dev.inboundscim.application.port.in.session.SessionUseCases.RevokeRefreshTokensUseCase;
import dev.inboundscim.application.port.in.signing.SigningKeyUseCases.ListSigningKeysUseCase;
import dev.inboundscim.application.port.in.signing.SigningKeyUseCases.RevokeSigningKeyUseCase;
import dev.inboundscim.application.port.in.signing.SigningKeyUseCases.RotateSigningKeyUseCase;
import dev.inboundscim.application.port.in.user.LinkIdentityUseCase;

/** The Management API's use cases for clients, logins, sessions, signing keys and account linking. */
public record ManagementSessionUseCases(CreateClientUseCase createClient, ListClientsUseCase listClients,
                                        GetClientUseCase getClient, UpdateClientUseCase updateClient,
                                        DeleteClientUseCase deleteClient, RecordLoginUseCase login,
                                        ListSessionsUseCase listSessions, EndSessionsUseCase endSessions,
                                        ListRefreshTokensUseCase listRefreshTokens,
                                        RevokeRefreshTokensUseCase revokeRefreshTokens,
                                        ListSigningKeysUseCase listKeys, RotateSigningKeyUseCase rotateKey,
                                        RevokeSigningKeyUseCase revokeKey, LinkIdentityUseCase linkIdentity) {
}
