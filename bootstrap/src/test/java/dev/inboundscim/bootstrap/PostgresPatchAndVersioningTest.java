package dev.inboundscim.bootstrap;

/** {@link PatchAndVersioningSuite} over PostgreSQL. */
class PostgresPatchAndVersioningTest extends PatchAndVersioningSuite {

    @Override
    Persistence persistence() {
        return TestServer.postgres();
    }
}
