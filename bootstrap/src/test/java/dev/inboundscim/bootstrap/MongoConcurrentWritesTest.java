package dev.inboundscim.bootstrap;

/** {@link ConcurrentWritesSuite} over MongoDB. */
class MongoConcurrentWritesTest extends ConcurrentWritesSuite {

    @Override
    Persistence persistence() {
        return TestServer.mongo();
    }
}
