package dev.inboundscim.adapter.out.postgres;

import dev.inboundscim.application.contract.FederatedCredentialRepositoryContract;
import dev.inboundscim.application.port.out.Repositories;

class PostgresFederatedCredentialRepositoryTest extends FederatedCredentialRepositoryContract {

    @Override
    protected Repositories repositories() {
        return PostgresRepositories.shared();
    }
}
