package dev.inboundscim.adapter.out.postgres;

import dev.inboundscim.application.contract.RepositorySet;
import dev.inboundscim.application.contract.SessionRepositoryContract;

class PostgresSessionRepositoryTest extends SessionRepositoryContract {

    @Override
    protected RepositorySet repositories() {
        return PostgresRepositories.shared();
    }
}
