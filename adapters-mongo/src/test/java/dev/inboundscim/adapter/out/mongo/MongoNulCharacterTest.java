package dev.inboundscim.adapter.out.mongo;

import dev.inboundscim.application.contract.NulCharacterContract;
import dev.inboundscim.application.contract.RepositorySet;

class MongoNulCharacterTest extends NulCharacterContract {

    @Override
    protected RepositorySet repositories() {
        return MongoRepositories.shared();
    }
}
