package dev.inboundscim.adapter.out.postgres;

import dev.inboundscim.application.contract.ScimConfigurationRepositoryContract;
import dev.inboundscim.application.contract.RepositorySet;

class PostgresScimConfigurationRepositoryTest extends ScimConfigurationRepositoryContract {

    @Override
    protected RepositorySet repositories() {
        return PostgresRepositories.shared();
    }
}
