package dev.inboundscim.adapter.out.mongo;

import dev.inboundscim.application.contract.RepositorySet;

/** The shared test store's repositories, as the contract suites want them. */
final class MongoRepositories {

    private MongoRepositories() {
    }

    static RepositorySet shared() {
        return RepositorySet.of(TestMongo.store());
    }
}
