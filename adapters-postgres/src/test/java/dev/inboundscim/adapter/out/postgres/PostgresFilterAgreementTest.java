package dev.inboundscim.adapter.out.postgres;

import dev.inboundscim.application.contract.FilterAgreementContract;
import dev.inboundscim.application.port.out.Repositories;

class PostgresFilterAgreementTest extends FilterAgreementContract {

    @Override
    protected Repositories repositories() {
        return PostgresRepositories.shared();
    }
}
