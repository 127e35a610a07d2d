package dev.inboundscim.adapter.out.postgres;

import dev.inboundscim.application.contract.UserSearchContract;
import dev.inboundscim.application.port.out.Repositories;

class PostgresUserSearchTest extends UserSearchContract {

    @Override
    protected Repositories repositories() {
        return PostgresRepositories.shared();
    }
}
