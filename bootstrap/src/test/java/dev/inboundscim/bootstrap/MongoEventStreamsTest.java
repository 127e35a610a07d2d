package dev.inboundscim.bootstrap;

/** {@link EventStreamsSuite} over Mongo. */
class MongoEventStreamsTest extends EventStreamsSuite {

    @Override
    Persistence persistence() {
        return TestServer.mongo();
    }
}
