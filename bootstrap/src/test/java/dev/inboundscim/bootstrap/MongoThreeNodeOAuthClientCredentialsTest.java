package dev.inboundscim.bootstrap;

/**
 * {@link OAuthClientCredentialsSuite} over MongoDB, three nodes on one store
 * with requests spread round-robin across them (issue 20).
 */
class MongoThreeNodeOAuthClientCredentialsTest extends OAuthClientCredentialsSuite {

    @Override
    Persistence persistence() {
        return TestServer.mongo();
    }

    @Override
    int nodeCount() {
        return 3;
    }
}
