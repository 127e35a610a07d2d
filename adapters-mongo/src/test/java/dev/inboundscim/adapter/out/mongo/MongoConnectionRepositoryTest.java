package dev.inboundscim.adapter.out.mongo;

import dev.inboundscim.application.contract.ConnectionRepositoryContract;
import dev.inboundscim.application.port.out.Repositories;

class MongoConnectionRepositoryTest extends ConnectionRepositoryContract {

    @Override
    protected Repositories repositories() {
        return MongoRepositories.shared();
    }
}
