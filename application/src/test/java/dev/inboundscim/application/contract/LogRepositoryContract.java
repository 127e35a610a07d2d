package dev.inboundscim.application.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.inboundscim.application.port.out.LogRepository;
import dev.inboundscim.domain.connection.Connection;
import dev.inboundscim.domain.log.LogEntry;
import dev.inboundscim.domain.log.LogType;
import dev.inboundscim.domain.scim.value.ScimObject;
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

        assertEquals(List.of(entry), logs().list(null, connection.id().value(), null, 10));
    }

    @Test
    void keepsAnEntryWithoutOptionalFields() {
        Connection connection = newConnection();
        LogEntry full = log(connection, LogType.SSCIM, null);
        LogEntry entry = new LogEntry(full.logId(), LogType.SSCIM, full.date(), connection.id().value(), null, null,
                null, null, ScimObject.EMPTY);

        logs().append(routed(entry));

        assertEquals(List.of(entry), logs().list(LogType.SSCIM, connection.id().value(), null, 10));
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

        assertEquals(List.of(newest, middle, oldest), logs().list(null, connection.id().value(), null, 10));
    }

    @Test
    void filtersByTypeAndConnection() {
        Connection connection = newConnection();
        Connection other = newConnection();
        LogEntry success = log(connection, LogType.SSCIM, null);
        LogEntry failure = log(connection, LogType.FSCIM, null);
        LogEntry othersFailure = log(other, LogType.FSCIM, null);
        List.of(success, failure, othersFailure).forEach(entry -> logs().append(routed(entry)));

        assertEquals(List.of(failure), logs().list(LogType.FSCIM, connection.id().value(), null, 10));
        assertEquals(List.of(success), logs().list(LogType.SSCIM, connection.id().value(), null, 10));
        assertEquals(List.of(othersFailure), logs().list(null, other.id().value(), null, 10));
    }

    @Test
    void filtersByTypeAcrossConnections() {
        Connection connection = newConnection();
        LogEntry failure = log(connection, LogType.FSCIM, null);
        LogEntry success = log(connection, LogType.SSCIM, null);
        logs().append(routed(failure));
        logs().append(routed(success));

        List<LogEntry> failures = logs().list(LogType.FSCIM, null, success.logId(), 1000);

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

        List<LogEntry> first = logs().list(null, id, null, 2);
        List<LogEntry> second = logs().list(null, id, first.getLast().logId(), 2);
        List<LogEntry> third = logs().list(null, id, second.getLast().logId(), 2);

        assertEquals(List.of(entries.get(4), entries.get(3)), first);
        assertEquals(List.of(entries.get(2), entries.get(1)), second);
        assertEquals(List.of(entries.get(0)), third);
        assertEquals(List.of(), logs().list(null, id, entries.get(0).logId(), 2));
    }

    @Test
    void listWithoutFiltersIsNewestFirst() {
        Connection connection = newConnection();
        logs().append(routed(log(connection, null)));
        logs().append(routed(log(connection, null)));

        List<LogEntry> all = logs().list(null, null, null, 50);

        assertTrue(all.size() >= 2);
        for (int i = 1; i < all.size(); i++) {
            assertTrue(all.get(i - 1).logId().compareTo(all.get(i).logId()) > 0, "newest first");
        }
    }
}
