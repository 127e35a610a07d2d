package dev.inboundscim.adapter.out.postgres;

import dev.inboundscim.application.contract.EventStreamRepositoryContract;
import dev.inboundscim.application.port.out.Repositories;

class PostgresEventStreamRepositoryTest extends EventStreamRepositoryContract {

    @Override
    protected Repositories repositories() {
        return PostgresRepositories.shared();
    }
}
