package dev.inboundscim.adapter.out.postgres;

import dev.inboundscim.application.contract.GroupSearchContract;
import dev.inboundscim.application.contract.RepositorySet;

class PostgresGroupSearchTest extends GroupSearchContract {

    @Override
    protected RepositorySet repositories() {
        return PostgresRepositories.shared();
    }
}
