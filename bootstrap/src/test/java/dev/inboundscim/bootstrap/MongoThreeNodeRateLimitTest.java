package dev.inboundscim.bootstrap;

/** {@link RateLimitPerNodeSuite} over MongoDB: three nodes on one store. */
class MongoThreeNodeRateLimitTest extends RateLimitPerNodeSuite {

    @Override
    Persistence persistence() {
        return TestServer.mongo();
    }
}
