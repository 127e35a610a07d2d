package dev.inboundscim.adapter.out.postgres;

import dev.inboundscim.application.contract.AdminTokenRepositoryContract;
import dev.inboundscim.application.contract.RepositorySet;

class PostgresAdminTokenRepositoryTest extends AdminTokenRepositoryContract {

    @Override
    protected RepositorySet repositories() {
        return PostgresRepositories.shared();
    }
}
