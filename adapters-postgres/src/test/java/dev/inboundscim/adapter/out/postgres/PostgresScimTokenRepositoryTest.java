package dev.inboundscim.adapter.out.postgres;

import dev.inboundscim.application.contract.ScimTokenRepositoryContract;
import dev.inboundscim.application.port.out.Repositories;

class PostgresScimTokenRepositoryTest extends ScimTokenRepositoryContract {

    @Override
    protected Repositories repositories() {
        return PostgresRepositories.shared();
    }
}
