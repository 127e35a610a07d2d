package dev.inboundscim.bootstrap;

/** {@link ManagementApiSuite} over MongoDB. */
class MongoManagementApiTest extends ManagementApiSuite {

    @Override
    Persistence persistence() {
        return TestServer.mongo();
    }
}
