package dev.inboundscim.application.contract;

import dev.inboundscim.application.port.out.AdminTokenRepository;
import dev.inboundscim.application.port.out.ClientRepository;
import dev.inboundscim.application.port.out.ConnectionRepository;
import dev.inboundscim.application.port.out.GroupRepository;
import dev.inboundscim.application.port.out.LogRepository;
import dev.inboundscim.application.port.out.LogStreamRepository;
import dev.inboundscim.application.port.out.OrganizationRepository;
import dev.inboundscim.application.port.out.ScimConfigurationRepository;
import dev.inboundscim.application.port.out.ScimTokenRepository;
import dev.inboundscim.application.port.out.SessionRepository;
import dev.inboundscim.application.port.out.SigningKeyRepository;
import dev.inboundscim.application.port.out.Store;
import dev.inboundscim.application.port.out.UserRepository;

/** Every outbound repository of one persistence adapter, all over the same store. */
public record RepositorySet(ConnectionRepository connections, ScimConfigurationRepository scimConfigurations,
                            ScimTokenRepository tokens, UserRepository users, GroupRepository groups,
                            LogRepository logs, LogStreamRepository logStreams, ClientRepository clients,
                            SessionRepository sessions, SigningKeyRepository signingKeys,
                            OrganizationRepository organizations, AdminTokenRepository adminToken) {

    /** Every repository of one store. */
    public static RepositorySet of(Store store) {
        return new RepositorySet(store.connections(), store.scimConfigurations(), store.tokens(), store.users(),
                store.groups(), store.logs(), store.logStreams(), store.clients(), store.sessions(),
                store.signingKeys(), store.organizations(), store.adminToken());
    }
}
