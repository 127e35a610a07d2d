package dev.inboundscim.bootstrap;

/**
 * {@link ScimProtocolSuite} over PostgreSQL, three nodes on one store
 * with requests spread round-robin across them (issue 20).
 */
class PostgresThreeNodeScimProtocolTest extends ScimProtocolSuite {

    @Override
    Persistence persistence() {
        return TestServer.postgres();
    }

    @Override
    int nodeCount() {
        return 3;
    }
}
