package dev.inboundscim.bootstrap;

/**
 * {@link DeletionPolicySuite} over PostgreSQL, three nodes on one store
 * with requests spread round-robin across them (issue 20).
 */
class PostgresThreeNodeDeletionPolicyTest extends DeletionPolicySuite {

    @Override
    Persistence persistence() {
        return TestServer.postgres();
    }

    @Override
    int nodeCount() {
        return 3;
    }
}
