package dev.inboundscim.bootstrap;

/**
 * {@link BackchannelLogoutSuite} over PostgreSQL, three nodes on one store
 * with requests spread round-robin across them (issue 20).
 */
class PostgresThreeNodeBackchannelLogoutTest extends BackchannelLogoutSuite {

    @Override
    Persistence persistence() {
        return TestServer.postgres();
    }

    @Override
    int nodeCount() {
        return 3;
    }
}
