package dev.inboundscim.adapter.out.mongo;

import dev.inboundscim.application.contract.LogRepositoryContract;
import dev.inboundscim.application.port.out.Repositories;

class MongoLogRepositoryTest extends LogRepositoryContract {

    @Override
    protected Repositories repositories() {
        return MongoRepositories.shared();
    }
}
