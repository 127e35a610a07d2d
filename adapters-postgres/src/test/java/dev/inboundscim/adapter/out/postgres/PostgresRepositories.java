package dev.inboundscim.adapter.out.postgres;

import dev.inboundscim.application.contract.RepositorySet;

/** The shared test store's repositories, as the contract suites want them. */
final class PostgresRepositories {

    private PostgresRepositories() {
    }

    static RepositorySet shared() {
        return RepositorySet.of(TestDatabases.postgres());
    }
}
