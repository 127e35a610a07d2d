package dev.inboundscim.bootstrap;

import java.util.List;

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
    List<Persistence> otherNodes() {
        return List.of(TestServer.mongoNode(), TestServer.mongoNode());
    }
}
