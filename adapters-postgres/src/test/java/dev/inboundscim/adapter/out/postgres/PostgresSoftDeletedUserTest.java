package dev.inboundscim.adapter.out.postgres;

import dev.inboundscim.application.contract.SoftDeletedUserContract;
import dev.inboundscim.application.port.out.Repositories;

class PostgresSoftDeletedUserTest extends SoftDeletedUserContract {

    @Override
    protected Repositories repositories() {
        return PostgresRepositories.shared();
    }
}
