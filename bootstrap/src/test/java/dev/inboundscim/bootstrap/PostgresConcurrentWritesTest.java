package dev.inboundscim.bootstrap;

/** {@link ConcurrentWritesSuite} over PostgreSQL. */
class PostgresConcurrentWritesTest extends ConcurrentWritesSuite {

    @Override
    Persistence persistence() {
        return TestServer.postgres();
    }
}
