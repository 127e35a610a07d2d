package dev.inboundscim.bootstrap;

/**
 * {@link RolesSuite} over PostgreSQL, three nodes on one store
 * with requests spread round-robin across them (issue 20).
 */
class PostgresThreeNodeRolesTest extends RolesSuite {

    @Override
    Persistence persistence() {
        return TestServer.postgres();
    }

    @Override
    int nodeCount() {
        return 3;
    }
}
