package dev.inboundscim.bootstrap;

import java.util.List;

/** {@link RateLimitPerNodeSuite} over PostgreSQL: three nodes on one store. */
class PostgresThreeNodeRateLimitTest extends RateLimitPerNodeSuite {

    @Override
    Persistence persistence() {
        return TestServer.postgresNode();
    }

    @Override
    List<Persistence> otherNodes() {
        return List.of(TestServer.postgresNode(), TestServer.postgresNode());
    }
}
