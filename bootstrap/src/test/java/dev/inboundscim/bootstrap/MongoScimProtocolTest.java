package dev.inboundscim.bootstrap;

/** {@link ScimProtocolSuite} over MongoDB. */
class MongoScimProtocolTest extends ScimProtocolSuite {

    @Override
    Persistence persistence() {
        return TestServer.mongo();
    }
}
