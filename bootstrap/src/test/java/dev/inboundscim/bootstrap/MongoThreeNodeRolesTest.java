package dev.inboundscim.bootstrap;

import java.util.List;

/**
 * {@link RolesSuite} over MongoDB, three nodes on one store
 * with requests spread round-robin across them (issue 20).
 */
class MongoThreeNodeRolesTest extends RolesSuite {

    @Override
    Persistence persistence() {
        return TestServer.mongo();
    }

    @Override
    List<Persistence> otherNodes() {
        return List.of(TestServer.mongoNode(), TestServer.mongoNode());
    }
}
