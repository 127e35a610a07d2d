package dev.inboundscim.adapter.out.postgres;

import dev.inboundscim.application.contract.SetupTicketRepositoryContract;
import dev.inboundscim.application.port.out.Repositories;

class PostgresSetupTicketRepositoryTest extends SetupTicketRepositoryContract {

    @Override
    protected Repositories repositories() {
        return PostgresRepositories.shared();
    }
}
