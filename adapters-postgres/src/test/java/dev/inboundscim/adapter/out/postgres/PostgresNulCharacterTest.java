package dev.inboundscim.adapter.out.postgres;

import dev.inboundscim.application.contract.NulCharacterContract;
import dev.inboundscim.application.port.out.Repositories;

class PostgresNulCharacterTest extends NulCharacterContract {

    @Override
    protected Repositories repositories() {
        return PostgresRepositories.shared();
    }
}
