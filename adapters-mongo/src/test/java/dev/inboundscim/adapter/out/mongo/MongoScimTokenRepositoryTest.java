package dev.inboundscim.adapter.out.mongo;

import dev.inboundscim.application.contract.ScimTokenRepositoryContract;
import dev.inboundscim.application.port.out.Repositories;

class MongoScimTokenRepositoryTest extends ScimTokenRepositoryContract {

    @Override
    protected Repositories repositories() {
        return MongoRepositories.shared();
    }
}
