package dev.inboundscim.bootstrap;

/** {@link BulkSuite} over MongoDB. */
class MongoBulkTest extends BulkSuite {

    @Override
    Persistence persistence() {
        return TestServer.mongo();
    }
}
