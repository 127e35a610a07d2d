package dev.inboundscim.adapter.out.mongo;

import dev.inboundscim.application.contract.LogStreamRepositoryContract;
import dev.inboundscim.application.port.out.Repositories;

class MongoLogStreamRepositoryTest extends LogStreamRepositoryContract {

    @Override
    protected Repositories repositories() {
        return MongoRepositories.shared();
    }
}
