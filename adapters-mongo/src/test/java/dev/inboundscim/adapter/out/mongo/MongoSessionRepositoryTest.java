package dev.inboundscim.adapter.out.mongo;

import dev.inboundscim.application.contract.RepositorySet;
import dev.inboundscim.application.contract.SessionRepositoryContract;

class MongoSessionRepositoryTest extends SessionRepositoryContract {

    @Override
    protected RepositorySet repositories() {
        return MongoRepositories.shared();
    }
}
