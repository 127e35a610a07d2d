package dev.inboundscim.bootstrap;

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
    int nodeCount() {
        return 3;
    }
}
