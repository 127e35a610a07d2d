package dev.inboundscim.adapter.out.mongo;

import dev.inboundscim.application.contract.RoleRepositoryContract;
import dev.inboundscim.application.port.out.Repositories;

class MongoRoleRepositoryTest extends RoleRepositoryContract {

    @Override
    protected Repositories repositories() {
        return MongoRepositories.shared();
    }
}
