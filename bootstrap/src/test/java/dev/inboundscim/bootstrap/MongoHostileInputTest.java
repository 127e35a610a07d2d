package dev.inboundscim.bootstrap;

/** {@link HostileInputSuite} over MongoDB. */
class MongoHostileInputTest extends HostileInputSuite {

    @Override
    Persistence persistence() {
        return TestServer.mongo();
    }
}
