package dev.inboundscim.bootstrap;

/**
 * {@link SetupTicketsSuite} over MongoDB, three nodes on one store
 * with requests spread round-robin across them (issue 20).
 */
class MongoThreeNodeSetupTicketsTest extends SetupTicketsSuite {

    @Override
    Persistence persistence() {
        return TestServer.mongo();
    }

    @Override
    int nodeCount() {
        return 3;
    }
}
