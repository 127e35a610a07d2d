package dev.inboundscim.adapter.out.mongo;

import dev.inboundscim.application.contract.UserVersioningContract;
import dev.inboundscim.application.contract.RepositorySet;

class MongoUserVersioningTest extends UserVersioningContract {

    @Override
    protected RepositorySet repositories() {
        return MongoRepositories.shared();
    }
}
