package dev.inboundscim.adapter.out.postgres;

import dev.inboundscim.application.contract.UserRepositoryContract;
import dev.inboundscim.application.contract.RepositorySet;

class PostgresUserRepositoryTest extends UserRepositoryContract {

    @Override
    protected RepositorySet repositories() {
        return PostgresRepositories.shared();
    }
}
