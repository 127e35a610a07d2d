package dev.inboundscim.adapter.out.mongo;

import dev.inboundscim.application.contract.NulCharacterContract;
import dev.inboundscim.application.port.out.Repositories;

class MongoNulCharacterTest extends NulCharacterContract {

    @Override
    protected Repositories repositories() {
        return MongoRepositories.shared();
    }
}
