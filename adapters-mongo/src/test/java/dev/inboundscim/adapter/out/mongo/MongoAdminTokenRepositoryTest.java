package dev.inboundscim.adapter.out.mongo;

import dev.inboundscim.application.contract.AdminTokenRepositoryContract;
import dev.inboundscim.application.contract.RepositorySet;

class MongoAdminTokenRepositoryTest extends AdminTokenRepositoryContract {

    @Override
    protected RepositorySet repositories() {
        return MongoRepositories.shared();
    }
}
