package dev.inboundscim.adapter.out.mongo;

import dev.inboundscim.application.contract.UserRepositoryContract;
import dev.inboundscim.application.port.out.Repositories;

class MongoUserRepositoryTest extends UserRepositoryContract {

    @Override
    protected Repositories repositories() {
        return MongoRepositories.shared();
    }
}
