package dev.inboundscim.adapter.out.postgres;

import dev.inboundscim.application.port.out.Repositories;
import dev.inboundscim.application.contract.SessionRepositoryContract;

class PostgresSessionRepositoryTest extends SessionRepositoryContract {

    @Override
    protected Repositories repositories() {
        return PostgresRepositories.shared();
    }
}
