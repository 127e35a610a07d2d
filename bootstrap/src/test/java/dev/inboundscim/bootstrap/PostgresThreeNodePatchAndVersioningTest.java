package dev.inboundscim.bootstrap;

/**
 * {@link PatchAndVersioningSuite} over PostgreSQL, three nodes on one store
 * with requests spread round-robin across them (issue 20): a write through one node is read through the next.
 */
class PostgresThreeNodePatchAndVersioningTest extends PatchAndVersioningSuite {

    @Override
    Persistence persistence() {
        return TestServer.postgres();
    }

    @Override
    int nodeCount() {
        return 3;
    }
}
