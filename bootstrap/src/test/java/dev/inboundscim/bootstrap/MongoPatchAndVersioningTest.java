package dev.inboundscim.bootstrap;

/** {@link PatchAndVersioningSuite} over MongoDB. */
class MongoPatchAndVersioningTest extends PatchAndVersioningSuite {

    @Override
    Persistence persistence() {
        return TestServer.mongo();
    }
}
