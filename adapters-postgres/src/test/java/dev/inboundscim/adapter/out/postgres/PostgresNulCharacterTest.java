package dev.inboundscim.adapter.out.postgres;

import dev.inboundscim.application.contract.NulCharacterContract;
import dev.inboundscim.application.contract.RepositorySet;

class PostgresNulCharacterTest extends NulCharacterContract {

    @Override
    protected RepositorySet repositories() {
        return PostgresRepositories.shared();
    }
}
