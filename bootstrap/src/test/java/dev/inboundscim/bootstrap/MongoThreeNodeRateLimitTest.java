package dev.inboundscim.bootstrap;

import java.util.List;

/** {@link RateLimitPerNodeSuite} over MongoDB: three nodes on one store. */
class MongoThreeNodeRateLimitTest extends RateLimitPerNodeSuite {

    @Override
    Persistence persistence() {
        return TestServer.mongo();
    }

    @Override
    List<Persistence> otherNodes() {
        return List.of(TestServer.mongoNode(), TestServer.mongoNode());
    }
}
