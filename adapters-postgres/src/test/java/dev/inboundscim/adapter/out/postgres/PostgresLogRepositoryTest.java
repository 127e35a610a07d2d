package dev.inboundscim.adapter.out.postgres;

import dev.inboundscim.application.contract.LogRepositoryContract;
import dev.inboundscim.application.port.out.Repositories;

class PostgresLogRepositoryTest extends LogRepositoryContract {

    @Override
    protected Repositories repositories() {
        return PostgresRepositories.shared();
    }
}
