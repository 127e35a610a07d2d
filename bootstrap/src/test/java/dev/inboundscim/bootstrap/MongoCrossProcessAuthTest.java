package dev.inboundscim.bootstrap;

/** {@link CrossProcessAuthSuite} over Mongo. */
class MongoCrossProcessAuthTest extends CrossProcessAuthSuite {

    @Override
    Persistence persistence() {
        return TestServer.mongo();
    }
}
