package dev.inboundscim.bootstrap;

/**
 * {@link ScimProtocolSuite} over MongoDB, three nodes on one store
 * with requests spread round-robin across them (issue 20).
 */
class MongoThreeNodeScimProtocolTest extends ScimProtocolSuite {

    @Override
    Persistence persistence() {
        return TestServer.mongo();
    }

    @Override
    int nodeCount() {
        return 3;
    }
}
