package dev.inboundscim.bootstrap;

/**
 * {@link DeletionPolicySuite} over MongoDB, three nodes on one store
 * with requests spread round-robin across them (issue 20).
 */
class MongoThreeNodeDeletionPolicyTest extends DeletionPolicySuite {

    @Override
    Persistence persistence() {
        return TestServer.mongo();
    }

    @Override
    int nodeCount() {
        return 3;
    }
}
