package dev.inboundscim.bootstrap;

/** {@link ObservabilitySuite} over PostgreSQL. */
class PostgresObservabilityTest extends ObservabilitySuite {

    @Override
    Persistence persistence() {
        return TestServer.postgres();
    }
}
