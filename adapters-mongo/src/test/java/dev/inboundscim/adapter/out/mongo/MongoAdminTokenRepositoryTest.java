package dev.inboundscim.adapter.out.mongo;

import dev.inboundscim.application.contract.AdminTokenRepositoryContract;
import dev.inboundscim.application.port.out.Repositories;

class MongoAdminTokenRepositoryTest extends AdminTokenRepositoryContract {

    @Override
    protected Repositories repositories() {
        return MongoRepositories.shared();
    }
}
