package dev.inboundscim.adapter.out.postgres;

import dev.inboundscim.application.contract.ConnectionRepositoryContract;
import dev.inboundscim.application.contract.RepositorySet;

class PostgresConnectionRepositoryTest extends ConnectionRepositoryContract {

    @Override
    protected RepositorySet repositories() {
        return PostgresRepositories.shared();
    }
}
