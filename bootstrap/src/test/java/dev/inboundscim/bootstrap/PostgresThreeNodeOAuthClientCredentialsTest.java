package dev.inboundscim.bootstrap;

/**
 * {@link OAuthClientCredentialsSuite} over PostgreSQL, three nodes on one store
 * with requests spread round-robin across them (issue 20).
 */
class PostgresThreeNodeOAuthClientCredentialsTest extends OAuthClientCredentialsSuite {

    @Override
    Persistence persistence() {
        return TestServer.postgres();
    }

    @Override
    int nodeCount() {
        return 3;
    }
}
