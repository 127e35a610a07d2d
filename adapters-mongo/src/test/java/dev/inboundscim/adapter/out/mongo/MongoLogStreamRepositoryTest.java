package dev.inboundscim.adapter.out.mongo;

import dev.inboundscim.application.contract.LogStreamRepositoryContract;
import dev.inboundscim.application.contract.RepositorySet;

class MongoLogStreamRepositoryTest extends LogStreamRepositoryContract {

    @Override
    protected RepositorySet repositories() {
        return MongoRepositories.shared();
    }
}
