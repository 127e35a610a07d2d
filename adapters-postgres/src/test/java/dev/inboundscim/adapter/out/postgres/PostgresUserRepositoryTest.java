package dev.inboundscim.adapter.out.postgres;

import dev.inboundscim.application.contract.UserRepositoryContract;
import dev.inboundscim.application.port.out.Repositories;

class PostgresUserRepositoryTest extends UserRepositoryContract {

    @Override
    protected Repositories repositories() {
        return PostgresRepositories.shared();
    }
}
