package dev.inboundscim.bootstrap;

/**
 * {@link GroupsSuite} over MongoDB, three nodes on one store
 * with requests spread round-robin across them (issue 20): a write through one node is read through the next.
 */
class MongoThreeNodeGroupsTest extends GroupsSuite {

    @Override
    Persistence persistence() {
        return TestServer.mongo();
    }

    @Override
    int nodeCount() {
        return 3;
    }
}
