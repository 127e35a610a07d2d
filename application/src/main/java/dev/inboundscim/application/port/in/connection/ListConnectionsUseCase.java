package dev.inboundscim.application.port.in.connection;

import dev.inboundscim.domain.connection.Strategy;
import dev.inboundscim.domain.paging.PageNumbers;
import java.util.List;

/** Lists connections, optionally of one strategy or name, a page at a time (Auth0's {@code page}/{@code per_page}). */
public interface ListConnectionsUseCase {

    ConnectionsPage list(ListConnectionsCommand command);

    /** Null filters do not filter; no {@code page}/{@code perPage}: every connection. */
    record ListConnectionsCommand(Strategy strategy, String name, Integer page, Integer perPage) {

        public static final ListConnectionsCommand ALL = new ListConnectionsCommand(null, null, null, null);

        public ListConnectionsCommand {
            PageNumbers.check(page, perPage);
        }
    }

    /** A page of the selected connections and how many were selected in all. */
    record ConnectionsPage(List<ConnectionView> connections, int start, int limit, int total) {
    }
}
