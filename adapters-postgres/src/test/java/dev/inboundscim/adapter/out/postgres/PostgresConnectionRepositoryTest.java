package dev.inboundscim.adapter.out.postgres;

import dev.inboundscim.application.contract.ConnectionRepositoryContract;
import dev.inboundscim.application.port.out.Repositories;

class PostgresConnectionRepositoryTest extends ConnectionRepositoryContract {

    @Override
    protected Repositories repositories() {
        return PostgresRepositories.shared();
    }
}
