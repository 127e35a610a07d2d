package dev.inboundscim.adapter.out.postgres;

import dev.inboundscim.application.contract.ScimClientRepositoryContract;
import dev.inboundscim.application.port.out.Repositories;

class PostgresScimClientRepositoryTest extends ScimClientRepositoryContract {

    @Override
    protected Repositories repositories() {
        return PostgresRepositories.shared();
    }
}
