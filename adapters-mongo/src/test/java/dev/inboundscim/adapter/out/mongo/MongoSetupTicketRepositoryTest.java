package dev.inboundscim.adapter.out.mongo;

import dev.inboundscim.application.contract.SetupTicketRepositoryContract;
import dev.inboundscim.application.port.out.Repositories;

class MongoSetupTicketRepositoryTest extends SetupTicketRepositoryContract {

    @Override
    protected Repositories repositories() {
        return MongoRepositories.shared();
    }
}
