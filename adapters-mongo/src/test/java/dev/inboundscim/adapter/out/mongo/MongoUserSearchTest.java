package dev.inboundscim.adapter.out.mongo;

import dev.inboundscim.application.contract.UserSearchContract;
import dev.inboundscim.application.port.out.Repositories;

class MongoUserSearchTest extends UserSearchContract {

    @Override
    protected Repositories repositories() {
        return MongoRepositories.shared();
    }
}
