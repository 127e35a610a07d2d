package dev.inboundscim.adapter.out.postgres;

import dev.inboundscim.application.contract.FilterAgreementContract;
import dev.inboundscim.application.contract.RepositorySet;

class PostgresFilterAgreementTest extends FilterAgreementContract {

    @Override
    protected RepositorySet repositories() {
        return PostgresRepositories.shared();
    }
}
