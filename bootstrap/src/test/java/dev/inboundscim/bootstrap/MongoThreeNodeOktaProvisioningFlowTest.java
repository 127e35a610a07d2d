package dev.inboundscim.bootstrap;

/**
 * {@link OktaProvisioningFlowSuite} over MongoDB, three nodes on one store
 * with requests spread round-robin across them (issue 20).
 */
class MongoThreeNodeOktaProvisioningFlowTest extends OktaProvisioningFlowSuite {

    @Override
    Persistence persistence() {
        return TestServer.mongo();
    }

    @Override
    int nodeCount() {
        return 3;
    }
}
