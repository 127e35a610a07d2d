package dev.inboundscim.adapter.out.mongo;

import dev.inboundscim.application.contract.UserSearchContract;
import dev.inboundscim.application.contract.RepositorySet;

class MongoUserSearchTest extends UserSearchContract {

    @Override
    protected RepositorySet repositories() {
        return MongoRepositories.shared();
    }
}
