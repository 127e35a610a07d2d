package dev.inboundscim.application.port.in.log;

import dev.inboundscim.domain.connection.ConnectionId;
import dev.inboundscim.domain.error.BadRequestException;
import dev.inboundscim.domain.log.LogEntry;
import dev.inboundscim.domain.log.LogType;
import dev.inboundscim.domain.paging.PageNumbers;
import java.time.Instant;
import java.util.List;

/** Lists log entries, newest first, by checkpoint ({@code from}/{@code take}) or by page (Auth0's both). */
public interface ListLogsUseCase {

    LogsPage list(ListLogsCommand command);

    /**
     * A null filter does not filter. {@code from} is the log id to continue after, compared as text (any text is a
     * place in the order); {@code take} defaults to 50, at most 100. {@code page} (from 0) and {@code perPage}
     * (default 50, at most 100) page instead, and cannot be combined with {@code from}/{@code take}.
     * {@code includeTotals} asks for the number of entries the filters select.
     */
    record ListLogsCommand(LogType type, ConnectionId connectionId, String userId, Integer status, String operation,
                           String requestId, Instant since, Instant until, String from, Integer take, Integer page,
                           Integer perPage, boolean includeTotals) {

        public ListLogsCommand {
            if ((page != null || perPage != null) && (from != null || take != null)) {
                throw BadRequestException.invalidValue("page and per_page cannot be combined with from and take");
            }
            PageNumbers.check(page, perPage);
            if (since != null && until != null && !since.isBefore(until)) {
                throw BadRequestException.invalidValue("date_from must be before date_to");
            }
        }

        /** The newest entries of a type and connection (null: any), by checkpoint. */
        public static ListLogsCommand newest(LogType type, ConnectionId connectionId, String from, Integer take) {
            return new ListLogsCommand(type, connectionId, null, null, null, null, null, null, from, take, null, null,
                    false);
        }
    }

    /**
     * One page of entries; {@code total} (the entries the filters select) only when it was asked for.
     *
     * @param start the position of the first entry among all selected (0 with checkpoint paging)
     * @param limit the page size asked for
     */
    record LogsPage(List<LogEntry> logs, int start, int limit, Long total) {
    }
}
