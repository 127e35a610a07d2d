package dev.inboundscim.bootstrap;

import java.util.List;

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
    List<Persistence> otherNodes() {
        return List.of(TestServer.mongoNode(), TestServer.mongoNode());
    }
}
