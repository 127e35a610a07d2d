package dev.inboundscim.bootstrap;

/** {@link LogStreamFailoverSuite} over Mongo. */
class MongoLogStreamFailoverTest extends LogStreamFailoverSuite {

    @Override
    Persistence persistence() {
        return TestServer.mongo();
    }
}
