package dev.inboundscim.adapter.out.postgres;

import dev.inboundscim.application.contract.GroupRepositoryContract;
import dev.inboundscim.application.port.out.Repositories;

class PostgresGroupRepositoryTest extends GroupRepositoryContract {

    @Override
    protected Repositories repositories() {
        return PostgresRepositories.shared();
    }
}
