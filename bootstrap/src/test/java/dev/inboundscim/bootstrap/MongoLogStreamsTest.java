package dev.inboundscim.bootstrap;

/** {@link LogStreamsSuite} over Mongo. */
class MongoLogStreamsTest extends LogStreamsSuite {

    @Override
    Persistence persistence() {
        return TestServer.mongo();
    }
}
