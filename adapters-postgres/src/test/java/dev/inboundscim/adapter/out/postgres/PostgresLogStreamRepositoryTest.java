package dev.inboundscim.adapter.out.postgres;

import dev.inboundscim.application.contract.LogStreamRepositoryContract;
import dev.inboundscim.application.port.out.Repositories;

class PostgresLogStreamRepositoryTest extends LogStreamRepositoryContract {

    @Override
    protected Repositories repositories() {
        return PostgresRepositories.shared();
    }
}
