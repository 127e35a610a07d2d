package dev.inboundscim.bootstrap;

import java.util.List;

/**
 * {@link PatchAndVersioningSuite} over PostgreSQL, three nodes on one store
 * with requests spread round-robin across them (issue 20): a write through one node is read through the next.
 */
class PostgresThreeNodePatchAndVersioningTest extends PatchAndVersioningSuite {

    @Override
    Persistence persistence() {
        return TestServer.postgresNode();
    }

    @Override
    List<Persistence> otherNodes() {
        return List.of(TestServer.postgresNode(), TestServer.postgresNode());
    }
}
