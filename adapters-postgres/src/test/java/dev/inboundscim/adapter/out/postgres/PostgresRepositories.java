package dev.inboundscim.adapter.out.postgres;

import dev.inboundscim.application.contract.RepositorySet;

/** The shared test store's repositories, as the contract suites want them. */
final class PostgresRepositories {

    private PostgresRepositories() {
    }

    static RepositorySet shared() {
        PostgresStore store = TestDatabases.postgres();
        return new RepositorySet(store.connections(), store.scimConfigurations(), store.tokens(), store.users(),
                store.logs(), store.adminToken());
    }
}
