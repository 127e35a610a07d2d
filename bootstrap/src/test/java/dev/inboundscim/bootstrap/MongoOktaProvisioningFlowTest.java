package dev.inboundscim.bootstrap;

/** {@link OktaProvisioningFlowSuite} over MongoDB. */
class MongoOktaProvisioningFlowTest extends OktaProvisioningFlowSuite {

    @Override
    Persistence persistence() {
        return TestServer.mongo();
    }
}
