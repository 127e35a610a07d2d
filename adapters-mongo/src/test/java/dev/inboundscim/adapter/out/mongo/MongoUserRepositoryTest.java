package dev.inboundscim.adapter.out.mongo;

import dev.inboundscim.application.contract.UserRepositoryContract;
import dev.inboundscim.application.contract.RepositorySet;

class MongoUserRepositoryTest extends UserRepositoryContract {

    @Override
    protected RepositorySet repositories() {
        return MongoRepositories.shared();
    }
}
