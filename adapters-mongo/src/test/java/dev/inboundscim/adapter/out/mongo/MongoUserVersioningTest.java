package dev.inboundscim.adapter.out.mongo;

import dev.inboundscim.application.contract.UserVersioningContract;
import dev.inboundscim.application.port.out.Repositories;

class MongoUserVersioningTest extends UserVersioningContract {

    @Override
    protected Repositories repositories() {
        return MongoRepositories.shared();
    }
}
