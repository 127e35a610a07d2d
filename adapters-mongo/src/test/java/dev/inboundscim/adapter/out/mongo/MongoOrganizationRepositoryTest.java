package dev.inboundscim.adapter.out.mongo;

import dev.inboundscim.application.contract.OrganizationRepositoryContract;
import dev.inboundscim.application.port.out.Repositories;

class MongoOrganizationRepositoryTest extends OrganizationRepositoryContract {

    @Override
    protected Repositories repositories() {
        return MongoRepositories.shared();
    }
}
