package dev.inboundscim.bootstrap;

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
    int nodeCount() {
        return 3;
    }
}
