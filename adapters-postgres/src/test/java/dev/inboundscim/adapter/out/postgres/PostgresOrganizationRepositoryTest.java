package dev.inboundscim.adapter.out.postgres;

import dev.inboundscim.application.contract.OrganizationRepositoryContract;
import dev.inboundscim.application.contract.RepositorySet;

class PostgresOrganizationRepositoryTest extends OrganizationRepositoryContract {

    @Override
    protected RepositorySet repositories() {
        return PostgresRepositories.shared();
    }
}
