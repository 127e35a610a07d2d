package dev.inboundscim.adapter.out.mongo;

import dev.inboundscim.application.contract.ScimConfigurationRepositoryContract;
import dev.inboundscim.application.port.out.Repositories;

class MongoScimConfigurationRepositoryTest extends ScimConfigurationRepositoryContract {

    @Override
    protected Repositories repositories() {
        return MongoRepositories.shared();
    }
}
