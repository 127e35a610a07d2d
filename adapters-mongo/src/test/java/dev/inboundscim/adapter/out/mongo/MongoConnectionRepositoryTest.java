package dev.inboundscim.adapter.out.mongo;

import dev.inboundscim.application.contract.ConnectionRepositoryContract;
import dev.inboundscim.application.contract.RepositorySet;

class MongoConnectionRepositoryTest extends ConnectionRepositoryContract {

    @Override
    protected RepositorySet repositories() {
        return MongoRepositories.shared();
    }
}
