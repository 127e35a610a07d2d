package dev.inboundscim.adapter.out.mongo;

import dev.inboundscim.application.contract.GroupSearchContract;
import dev.inboundscim.application.port.out.Repositories;

class MongoGroupSearchTest extends GroupSearchContract {

    @Override
    protected Repositories repositories() {
        return MongoRepositories.shared();
    }
}
