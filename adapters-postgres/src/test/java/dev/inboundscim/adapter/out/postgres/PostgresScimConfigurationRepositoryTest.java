package dev.inboundscim.adapter.out.postgres;

import dev.inboundscim.application.contract.ScimConfigurationRepositoryContract;
import dev.inboundscim.application.port.out.Repositories;

class PostgresScimConfigurationRepositoryTest extends ScimConfigurationRepositoryContract {

    @Override
    protected Repositories repositories() {
        return PostgresRepositories.shared();
    }
}
