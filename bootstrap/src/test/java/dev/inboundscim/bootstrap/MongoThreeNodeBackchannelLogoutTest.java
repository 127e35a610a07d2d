package dev.inboundscim.bootstrap;

/**
 * {@link BackchannelLogoutSuite} over MongoDB, three nodes on one store
 * with requests spread round-robin across them (issue 20).
 */
class MongoThreeNodeBackchannelLogoutTest extends BackchannelLogoutSuite {

    @Override
    Persistence persistence() {
        return TestServer.mongo();
    }

    @Override
    int nodeCount() {
        return 3;
    }
}
