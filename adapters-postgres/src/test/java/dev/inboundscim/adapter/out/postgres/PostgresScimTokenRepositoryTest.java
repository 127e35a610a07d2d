package dev.inboundscim.adapter.out.postgres;

import dev.inboundscim.application.contract.ScimTokenRepositoryContract;
import dev.inboundscim.application.contract.RepositorySet;

class PostgresScimTokenRepositoryTest extends ScimTokenRepositoryContract {

    @Override
    protected RepositorySet repositories() {
        return PostgresRepositories.shared();
    }
}
