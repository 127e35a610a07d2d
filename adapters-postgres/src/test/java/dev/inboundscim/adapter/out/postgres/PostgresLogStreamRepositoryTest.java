package dev.inboundscim.adapter.out.postgres;

import dev.inboundscim.application.contract.LogStreamRepositoryContract;
import dev.inboundscim.application.contract.RepositorySet;

class PostgresLogStreamRepositoryTest extends LogStreamRepositoryContract {

    @Override
    protected RepositorySet repositories() {
        return PostgresRepositories.shared();
    }
}
