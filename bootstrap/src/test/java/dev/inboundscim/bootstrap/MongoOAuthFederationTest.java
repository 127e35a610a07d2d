package dev.inboundscim.bootstrap;

/** {@link OAuthFederationSuite} over MongoDB. */
class MongoOAuthFederationTest extends OAuthFederationSuite {

    @Override
    Persistence persistence() {
        return TestServer.mongo();
    }
}
