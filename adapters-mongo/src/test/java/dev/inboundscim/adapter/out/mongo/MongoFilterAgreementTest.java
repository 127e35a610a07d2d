package dev.inboundscim.adapter.out.mongo;

import dev.inboundscim.application.contract.FilterAgreementContract;
import dev.inboundscim.application.contract.RepositorySet;

class MongoFilterAgreementTest extends FilterAgreementContract {

    @Override
    protected RepositorySet repositories() {
        return MongoRepositories.shared();
    }
}
