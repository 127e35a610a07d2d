package dev.inboundscim.adapter.out.mongo;

import dev.inboundscim.application.contract.FederatedCredentialRepositoryContract;
import dev.inboundscim.application.port.out.Repositories;

class MongoFederatedCredentialRepositoryTest extends FederatedCredentialRepositoryContract {

    @Override
    protected Repositories repositories() {
        return MongoRepositories.shared();
    }
}
