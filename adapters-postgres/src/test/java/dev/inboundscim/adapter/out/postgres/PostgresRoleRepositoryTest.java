package dev.inboundscim.adapter.out.postgres;

import dev.inboundscim.application.contract.RoleRepositoryContract;
import dev.inboundscim.application.port.out.Repositories;

class PostgresRoleRepositoryTest extends RoleRepositoryContract {

    @Override
    protected Repositories repositories() {
        return PostgresRepositories.shared();
    }
}
