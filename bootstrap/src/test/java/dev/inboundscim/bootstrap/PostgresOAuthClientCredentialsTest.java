package dev.inboundscim.bootstrap;

/** {@link OAuthClientCredentialsSuite} over PostgreSQL. */
class PostgresOAuthClientCredentialsTest extends OAuthClientCredentialsSuite {

    @Override
    Persistence persistence() {
        return TestServer.postgres();
    }
}
