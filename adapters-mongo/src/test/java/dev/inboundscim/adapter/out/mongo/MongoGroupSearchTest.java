package dev.inboundscim.adapter.out.mongo;

import dev.inboundscim.application.contract.GroupSearchContract;
import dev.inboundscim.application.contract.RepositorySet;

class MongoGroupSearchTest extends GroupSearchContract {

    @Override
    protected RepositorySet repositories() {
        return MongoRepositories.shared();
    }
}
