package dev.inboundscim.adapter.out.mongo;

import dev.inboundscim.application.contract.EventStreamRepositoryContract;
import dev.inboundscim.application.port.out.Repositories;

class MongoEventStreamRepositoryTest extends EventStreamRepositoryContract {

    @Override
    protected Repositories repositories() {
        return MongoRepositories.shared();
    }
}
