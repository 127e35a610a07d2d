package dev.inboundscim.adapter.out.mongo;

import dev.inboundscim.application.contract.OrganizationRepositoryContract;
import dev.inboundscim.application.contract.RepositorySet;

class MongoOrganizationRepositoryTest extends OrganizationRepositoryContract {

    @Override
    protected RepositorySet repositories() {
        return MongoRepositories.shared();
    }
}
