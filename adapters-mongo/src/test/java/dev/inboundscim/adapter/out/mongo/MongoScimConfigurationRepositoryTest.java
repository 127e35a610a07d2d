package dev.inboundscim.adapter.out.mongo;

import dev.inboundscim.application.contract.ScimConfigurationRepositoryContract;
import dev.inboundscim.application.contract.RepositorySet;

class MongoScimConfigurationRepositoryTest extends ScimConfigurationRepositoryContract {

    @Override
    protected RepositorySet repositories() {
        return MongoRepositories.shared();
    }
}
