package dev.inboundscim.adapter.out.postgres;

import dev.inboundscim.application.contract.UserSearchContract;
import dev.inboundscim.application.contract.RepositorySet;

class PostgresUserSearchTest extends UserSearchContract {

    @Override
    protected RepositorySet repositories() {
        return PostgresRepositories.shared();
    }
}
