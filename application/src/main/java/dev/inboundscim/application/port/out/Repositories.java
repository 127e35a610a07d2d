package dev.inboundscim.application.port.out;

import java.util.Objects;

/**
 * Every repository of one store: the one place the set is declared. Each persistence adapter builds one, and
 * decorators (the store guard) rebuild it around what they wrap.
 */
public record Repositories(ConnectionRepository connections, ScimConfigurationRepository scimConfigurations,
                           ScimTokenRepository tokens, UserRepository users, GroupRepository groups,
                           LogRepository logs, LogStreamRepository logStreams, ClientRepository clients,
                           SessionRepository sessions, SigningKeyRepository signingKeys,
                           OrganizationRepository organizations, AdminTokenRepository adminToken,
                           SetupTicketRepository setupTickets, ScimClientRepository scimClients,
                           FederatedCredentialRepository federatedCredentials,
                           EventStreamRepository eventStreams, RoleRepository roles) {

    public Repositories {
        Objects.requireNonNull(connections, "connections");
        Objects.requireNonNull(scimConfigurations, "scimConfigurations");
        Objects.requireNonNull(tokens, "tokens");
        Objects.requireNonNull(users, "users");
        Objects.requireNonNull(groups, "groups");
        Objects.requireNonNull(logs, "logs");
        Objects.requireNonNull(logStreams, "logStreams");
        Objects.requireNonNull(clients, "clients");
        Objects.requireNonNull(sessions, "sessions");
        Objects.requireNonNull(signingKeys, "signingKeys");
        Objects.requireNonNull(organizations, "organizations");
        Objects.requireNonNull(adminToken, "adminToken");
        Objects.requireNonNull(setupTickets, "setupTickets");
        Objects.requireNonNull(scimClients, "scimClients");
        Objects.requireNonNull(federatedCredentials, "federatedCredentials");
        Objects.requireNonNull(eventStreams, "eventStreams");
        Objects.requireNonNull(roles, "roles");
    }
}
