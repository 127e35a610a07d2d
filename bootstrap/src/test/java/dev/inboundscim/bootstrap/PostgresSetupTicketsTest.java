package dev.inboundscim.bootstrap;

/** {@link SetupTicketsSuite} over PostgreSQL. */
class PostgresSetupTicketsTest extends SetupTicketsSuite {

    @Override
    Persistence persistence() {
        return TestServer.postgres();
    }
}
