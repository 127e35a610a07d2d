package dev.inboundscim.bootstrap;

/**
 * {@link EventStreamsSuite} over MongoDB, three nodes on one store
 * with requests spread round-robin across them (issue 20).
 */
class MongoThreeNodeEventStreamsTest extends EventStreamsSuite {

    @Override
    Persistence persistence() {
        return TestServer.mongo();
    }

    @Override
    int nodeCount() {
        return 3;
    }
}
