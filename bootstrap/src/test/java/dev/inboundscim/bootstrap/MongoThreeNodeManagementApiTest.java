package dev.inboundscim.bootstrap;

import java.util.List;

/**
 * {@link ManagementApiSuite} over MongoDB, three nodes on one store
 * with requests spread round-robin across them (issue 20).
 */
class MongoThreeNodeManagementApiTest extends ManagementApiSuite {

    @Override
    Persistence persistence() {
        return TestServer.mongo();
    }

    @Override
    List<Persistence> otherNodes() {
        return List.of(TestServer.mongoNode(), TestServer.mongoNode());
    }
}
