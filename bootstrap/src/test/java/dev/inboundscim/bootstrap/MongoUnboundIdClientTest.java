package dev.inboundscim.bootstrap;

/** {@link UnboundIdClientSuite} over MongoDB. */
class MongoUnboundIdClientTest extends UnboundIdClientSuite {

    @Override
    Persistence persistence() {
        return TestServer.mongo();
    }
}
