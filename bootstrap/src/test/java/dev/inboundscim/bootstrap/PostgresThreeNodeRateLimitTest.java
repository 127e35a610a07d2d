package dev.inboundscim.bootstrap;

/** {@link RateLimitPerNodeSuite} over PostgreSQL: three nodes on one store. */
class PostgresThreeNodeRateLimitTest extends RateLimitPerNodeSuite {

    @Override
    Persistence persistence() {
        return TestServer.postgres();
    }
}
