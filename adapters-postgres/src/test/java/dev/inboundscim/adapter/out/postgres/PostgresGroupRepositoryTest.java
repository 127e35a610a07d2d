package dev.inboundscim.adapter.out.postgres;

import dev.inboundscim.application.contract.GroupRepositoryContract;
import dev.inboundscim.application.contract.RepositorySet;

class PostgresGroupRepositoryTest extends GroupRepositoryContract {

    @Override
    protected RepositorySet repositories() {
        return PostgresRepositories.shared();
    }
}
