package dev.inboundscim.adapter.out.mongo;

import dev.inboundscim.application.contract.GroupRepositoryContract;
import dev.inboundscim.application.port.out.Repositories;

class MongoGroupRepositoryTest extends GroupRepositoryContract {

    @Override
    protected Repositories repositories() {
        return MongoRepositories.shared();
    }
}
