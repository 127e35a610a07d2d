package dev.inboundscim.adapter.out.mongo;

import dev.inboundscim.application.contract.LogRepositoryContract;
import dev.inboundscim.application.contract.RepositorySet;

class MongoLogRepositoryTest extends LogRepositoryContract {

    @Override
    protected RepositorySet repositories() {
        return MongoRepositories.shared();
    }
}
