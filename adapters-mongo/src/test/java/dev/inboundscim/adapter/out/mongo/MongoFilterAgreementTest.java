package dev.inboundscim.adapter.out.mongo;

import dev.inboundscim.application.contract.FilterAgreementContract;
import dev.inboundscim.application.port.out.Repositories;

class MongoFilterAgreementTest extends FilterAgreementContract {

    @Override
    protected Repositories repositories() {
        return MongoRepositories.shared();
    }
}
