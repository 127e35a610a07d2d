package dev.inboundscim.bootstrap;

/**
 * {@link GroupsSuite} over PostgreSQL, three nodes on one store
 * with requests spread round-robin across them (issue 20): a write through one node is read through the next.
 */
class PostgresThreeNodeGroupsTest extends GroupsSuite {

    @Override
    Persistence persistence() {
        return TestServer.postgres();
    }

    @Override
    int nodeCount() {
        return 3;
    }
}
