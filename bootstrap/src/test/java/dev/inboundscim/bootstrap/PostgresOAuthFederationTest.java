package dev.inboundscim.bootstrap;

/** {@link OAuthFederationSuite} over PostgreSQL. */
class PostgresOAuthFederationTest extends OAuthFederationSuite {

    @Override
    Persistence persistence() {
        return TestServer.postgres();
    }
}
