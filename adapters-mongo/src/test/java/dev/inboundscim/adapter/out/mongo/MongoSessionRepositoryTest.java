package dev.inboundscim.adapter.out.mongo;

import dev.inboundscim.application.port.out.Repositories;
import dev.inboundscim.application.contract.SessionRepositoryContract;

class MongoSessionRepositoryTest extends SessionRepositoryContract {

    @Override
    protected Repositories repositories() {
        return MongoRepositories.shared();
    }
}
