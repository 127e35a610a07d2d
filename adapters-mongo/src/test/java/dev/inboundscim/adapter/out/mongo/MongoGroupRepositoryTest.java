package dev.inboundscim.adapter.out.mongo;

import dev.inboundscim.application.contract.GroupRepositoryContract;
import dev.inboundscim.application.contract.RepositorySet;

class MongoGroupRepositoryTest extends GroupRepositoryContract {

    @Override
    protected RepositorySet repositories() {
        return MongoRepositories.shared();
    }
}
