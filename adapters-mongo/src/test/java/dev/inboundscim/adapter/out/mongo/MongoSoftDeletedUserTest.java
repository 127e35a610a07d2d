package dev.inboundscim.adapter.out.mongo;

import dev.inboundscim.application.contract.SoftDeletedUserContract;
import dev.inboundscim.application.port.out.Repositories;

class MongoSoftDeletedUserTest extends SoftDeletedUserContract {

    @Override
    protected Repositories repositories() {
        return MongoRepositories.shared();
    }
}
