package dev.inboundscim.bootstrap;

/** {@link OktaProvisioningFlowSuite} over PostgreSQL. */
class PostgresOktaProvisioningFlowTest extends OktaProvisioningFlowSuite {

    @Override
    Persistence persistence() {
        return TestServer.postgres();
    }
}
