package dev.inboundscim.adapter.out.mongo;

import dev.inboundscim.application.contract.ScimClientRepositoryContract;
import dev.inboundscim.application.port.out.Repositories;

class MongoScimClientRepositoryTest extends ScimClientRepositoryContract {

    @Override
    protected Repositories repositories() {
        return MongoRepositories.shared();
    }
}
