package dev.inboundscim.adapter.out.mongo;

import dev.inboundscim.application.port.out.Repositories;

/** The shared test store's repositories, as the contract suites want them. */
final class MongoRepositories {

    private MongoRepositories() {
    }

    static Repositories shared() {
        return TestMongo.store().repositories();
    }
}
