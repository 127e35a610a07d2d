package dev.inboundscim.bootstrap;

/**
 * {@link OktaProvisioningFlowSuite} over PostgreSQL, three nodes on one store
 * with requests spread round-robin across them (issue 20).
 */
class PostgresThreeNodeOktaProvisioningFlowTest extends OktaProvisioningFlowSuite {

    @Override
    Persistence persistence() {
        return TestServer.postgres();
    }

    @Override
    int nodeCount() {
        return 3;
    }
}
