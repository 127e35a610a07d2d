package dev.inboundscim.application.port.out;

/** One persistence adapter's repositories over one database, and how to release its connections. */
public interface Store extends AutoCloseable {

    ConnectionRepository connections();

    ScimConfigurationRepository scimConfigurations();

    ScimTokenRepository tokens();

    UserRepository users();

    GroupRepository groups();

    LogRepository logs();

    LogStreamRepository logStreams();

    ClientRepository clients();

    SessionRepository sessions();

    SigningKeyRepository signingKeys();

    OrganizationRepository organizations();

    AdminTokenRepository adminToken();

    @Override
    void close();
}
