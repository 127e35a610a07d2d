package dev.inboundscim.bootstrap;

/** {@link EventStreamFailoverSuite} over Mongo. */
class MongoEventStreamFailoverTest extends EventStreamFailoverSuite {

    @Override
    Persistence persistence() {
        return TestServer.mongo();
    }
}
