package dev.inboundscim.adapter.out.postgres;

import dev.inboundscim.application.contract.OrganizationRepositoryContract;
import dev.inboundscim.application.port.out.Repositories;

class PostgresOrganizationRepositoryTest extends OrganizationRepositoryContract {

    @Override
    protected Repositories repositories() {
        return PostgresRepositories.shared();
    }
}
