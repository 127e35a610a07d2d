package dev.inboundscim.bootstrap;

/** {@link GroupsSuite} over MongoDB. */
class MongoGroupsTest extends GroupsSuite {

    @Override
    Persistence persistence() {
        return TestServer.mongo();
    }
}
