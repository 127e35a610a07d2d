package dev.inboundscim.adapter.out.mongo;

import dev.inboundscim.application.contract.ScimTokenRepositoryContract;
import dev.inboundscim.application.contract.RepositorySet;

class MongoScimTokenRepositoryTest extends ScimTokenRepositoryContract {

    @Override
    protected RepositorySet repositories() {
        return MongoRepositories.shared();
    }
}
