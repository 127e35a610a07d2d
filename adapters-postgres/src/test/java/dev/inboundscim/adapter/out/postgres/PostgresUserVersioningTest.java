package dev.inboundscim.adapter.out.postgres;

import dev.inboundscim.application.port.out.Repositories;
import dev.inboundscim.application.contract.UserVersioningContract;

class PostgresUserVersioningTest extends UserVersioningContract {

    @Override
    protected Repositories repositories() {
        return PostgresRepositories.shared();
    }
}
