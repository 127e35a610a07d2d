package dev.inboundscim.adapter.out.postgres;

import dev.inboundscim.application.contract.LogRepositoryContract;
import dev.inboundscim.application.contract.RepositorySet;

class PostgresLogRepositoryTest extends LogRepositoryContract {

    @Override
    protected RepositorySet repositories() {
        return PostgresRepositories.shared();
    }
}
