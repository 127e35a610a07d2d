package dev.inboundscim.bootstrap;

/** {@link GroupsSuite} over PostgreSQL. */
class PostgresGroupsTest extends GroupsSuite {

    @Override
    Persistence persistence() {
        return TestServer.postgres();
    }
}
