package dev.inboundscim.bootstrap;

/** {@link BackchannelLogoutSuite} over Mongo. */
class MongoBackchannelLogoutTest extends BackchannelLogoutSuite {

    @Override
    Persistence persistence() {
        return TestServer.mongo();
    }
}
