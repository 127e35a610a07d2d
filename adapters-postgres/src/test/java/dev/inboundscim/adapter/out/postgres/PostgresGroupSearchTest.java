package dev.inboundscim.adapter.out.postgres;

import dev.inboundscim.application.contract.GroupSearchContract;
import dev.inboundscim.application.port.out.Repositories;

class PostgresGroupSearchTest extends GroupSearchContract {

    @Override
    protected Repositories repositories() {
        return PostgresRepositories.shared();
    }
}
