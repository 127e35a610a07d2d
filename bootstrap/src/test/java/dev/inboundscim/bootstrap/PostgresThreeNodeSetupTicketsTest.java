package dev.inboundscim.bootstrap;

/**
 * {@link SetupTicketsSuite} over PostgreSQL, three nodes on one store
 * with requests spread round-robin across them (issue 20).
 */
class PostgresThreeNodeSetupTicketsTest extends SetupTicketsSuite {

    @Override
    Persistence persistence() {
        return TestServer.postgres();
    }

    @Override
    int nodeCount() {
        return 3;
    }
}
