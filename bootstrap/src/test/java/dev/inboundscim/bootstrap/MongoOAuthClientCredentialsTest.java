package dev.inboundscim.bootstrap;

/** {@link OAuthClientCredentialsSuite} over MongoDB. */
class MongoOAuthClientCredentialsTest extends OAuthClientCredentialsSuite {

    @Override
    Persistence persistence() {
        return TestServer.mongo();
    }
}
