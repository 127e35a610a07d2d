package dev.inboundscim.adapter.out.postgres;

import dev.inboundscim.application.port.out.Repositories;

/** The shared test store's repositories, as the contract suites want them. */
final class PostgresRepositories {

    private PostgresRepositories() {
    }

    static Repositories shared() {
        return TestDatabases.postgres().repositories();
    }
}
