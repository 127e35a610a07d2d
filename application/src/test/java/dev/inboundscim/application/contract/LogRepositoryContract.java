package dev.inboundscim.application.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.inboundscim.application.port.out.LogQuery;
import dev.inboundscim.application.port.out.LogRepository;
import dev.inboundscim.domain.connection.Connection;
import dev.inboundscim.domain.log.LogEntry;
import dev.inboundscim.domain.log.LogType;
import dev.inboundscim.domain.scim.value.ScimNumber;
import dev.inboundscim.domain.scim.value.ScimObject;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The behaviour every {@link LogRepository} must have. */
public abstract class LogRepositoryContract extends ContractSupport {

    private LogRepository logs() {
        return repositories().logs();
    }

    @Test
    void keepsEveryFieldOfAnEntry() {
        Connection connection = newConnection();
        LogEntry entry = log(connection, LogType.FSCIM, "okta|acme|42");

        logs().append(routed(entry));

        assertEquals(List.of(entry), logs().list(LogQuery.newest(null, connection.id().value(), null, 10)));
    }

    @Test
    void keepsAnEntryWithoutOptionalFields() {
        Connection connection = newConnection();
        LogEntry full = log(connection, LogType.SSCIM, null);
        LogEntry entry = new LogEntry(full.logId(), LogType.SSCIM, full.date(), connection.id().value(), null, null,
                null, null, ScimObject.EMPTY);

        logs().append(routed(entry));

        assertEquals(List.of(entry), logs().list(LogQuery.newest(LogType.SSCIM, connection.id().value(), null, 10)));
    }

    @Test
    void listsNewestFirst() {
        Connection connection = newConnection();
        LogEntry oldest = log(connection, null);
        LogEntry middle = log(connection, null);
        LogEntry newest = log(connection, null);
        logs().append(routed(middle));
        logs().append(routed(newest));
        logs().append(routed(oldest));

        assertEquals(List.of(newest, middle, oldest), logs().list(LogQuery.newest(null, connection.id().value(), null,
                10)));
    }

    @Test
    void filtersByTypeAndConnection() {
        Connection connection = newConnection();
        Connection other = newConnection();
        LogEntry success = log(connection, LogType.SSCIM, null);
        LogEntry failure = log(connection, LogType.FSCIM, null);
        LogEntry othersFailure = log(other, LogType.FSCIM, null);
        List.of(success, failure, othersFailure).forEach(entry -> logs().append(routed(entry)));

        assertEquals(List.of(failure), logs().list(LogQuery.newest(LogType.FSCIM, connection.id().value(), null, 10)));
        assertEquals(List.of(success), logs().list(LogQuery.newest(LogType.SSCIM, connection.id().value(), null, 10)));
        assertEquals(List.of(othersFailure), logs().list(LogQuery.newest(null, other.id().value(), null, 10)));
    }

    @Test
    void filtersByTypeAcrossConnections() {
        Connection connection = newConnection();
        LogEntry failure = log(connection, LogType.FSCIM, null);
        LogEntry success = log(connection, LogType.SSCIM, null);
        logs().append(routed(failure));
        logs().append(routed(success));

        List<LogEntry> failures = logs().list(LogQuery.newest(LogType.FSCIM, null, success.logId(), 1000));

        assertTrue(failures.contains(failure));
        assertTrue(failures.stream().allMatch(e -> e.type() == LogType.FSCIM));
    }

    @Test
    void pagesBackwardsFromALogId() {
        Connection connection = newConnection();
        List<LogEntry> entries = List.of(log(connection, null), log(connection, null), log(connection, null),
                log(connection, null), log(connection, null));
        entries.forEach(entry -> logs().append(routed(entry)));
        String id = connection.id().value();

        List<LogEntry> first = logs().list(LogQuery.newest(null, id, null, 2));
        List<LogEntry> second = logs().list(LogQuery.newest(null, id, first.getLast().logId(), 2));
        List<LogEntry> third = logs().list(LogQuery.newest(null, id, second.getLast().logId(), 2));

        assertEquals(List.of(entries.get(4), entries.get(3)), first);
        assertEquals(List.of(entries.get(2), entries.get(1)), second);
        assertEquals(List.of(entries.get(0)), third);
        assertEquals(List.of(), logs().list(LogQuery.newest(null, id, entries.get(0).logId(), 2)));
    }

    @Test
    void listWithoutFiltersIsNewestFirst() {
        Connection connection = newConnection();
        logs().append(routed(log(connection, null)));
        logs().append(routed(log(connection, null)));

        List<LogEntry> all = logs().list(LogQuery.newest(null, null, null, 50));

        assertTrue(all.size() >= 2);
        for (int i = 1; i < all.size(); i++) {
            assertTrue(all.get(i - 1).logId().compareTo(all.get(i).logId()) > 0, "newest first");
        }
    }

    @Test
    void filtersByUserStatusOperationRequestIdAndTimeAndPagesWithTotals() {
        Connection connection = newConnection();
        String id = connection.id().value();
        LogEntry created = entry(connection, "okta|u1", 201, "POST Users", "req-a");
        LogEntry missing = entry(connection, "okta|u2", 404, "GET Users", "req-b");
        LogEntry deleted = entry(connection, "okta|u1", 204, "DELETE Users", "req-c");
        logs().append(routed(List.of(created, missing, deleted)));

        assertEquals(List.of(deleted, created), logs().list(query(id, "okta|u1", null, null, null, null, null, 0, 10)));
        assertEquals(List.of(missing), logs().list(query(id, null, 404, null, null, null, null, 0, 10)));
        assertEquals(List.of(deleted), logs().list(query(id, null, null, "DELETE Users", null, null, null, 0, 10)));
        assertEquals(List.of(created), logs().list(query(id, null, null, null, "req-a", null, null, 0, 10)));
        assertEquals(List.of(missing), logs().list(query(id, null, null, null, null, missing.date(), deleted.date(),
                0, 10)), "since is inclusive, until exclusive");
        assertEquals(List.of(missing), logs().list(query(id, null, null, null, null, null, null, 1, 1)), "page 2 of 1");
        assertEquals(3, logs().count(query(id, null, null, null, null, null, null, 1, 1)), "counts ignore paging");
        assertEquals(2, logs().count(query(id, "okta|u1", null, null, null, null, null, 0, 1)));
        assertEquals(0, logs().count(query(id, null, 500, null, null, null, null, 0, 10)));
    }

    private static LogQuery query(String connectionId, String userId, Integer status, String operation,
                                  String requestId, Instant since, Instant until, int skip,
                                  int take) {
        return new LogQuery(null, connectionId, userId, status, operation, requestId, since, until, null, skip, take);
    }

    private static LogEntry entry(Connection connection, String userId, int status, String operation,
                                  String requestId) {
        Instant date = now();
        return new LogEntry(LOG_IDS.next(date), LogType.SSCIM, date, connection.id().value(), operation, "10.0.0.2",
                "JUnit", userId, ScimObject.builder().put("operation", operation)
                        .put("status", ScimNumber.of(status))
                        .put("request_id", requestId).build());
    }
}
