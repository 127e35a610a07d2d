package dev.inboundscim.adapter.out.postgres;

import dev.inboundscim.application.contract.AdminTokenRepositoryContract;
import dev.inboundscim.application.port.out.Repositories;

class PostgresAdminTokenRepositoryTest extends AdminTokenRepositoryContract {

    @Override
    protected Repositories repositories() {
        return PostgresRepositories.shared();
    }
}
