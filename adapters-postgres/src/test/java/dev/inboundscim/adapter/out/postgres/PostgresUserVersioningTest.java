package dev.inboundscim.adapter.out.postgres;

import dev.inboundscim.application.contract.RepositorySet;
import dev.inboundscim.application.contract.UserVersioningContract;

class PostgresUserVersioningTest extends UserVersioningContract {

    @Override
    protected RepositorySet repositories() {
        return PostgresRepositories.shared();
    }
}
