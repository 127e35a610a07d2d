package dev.inboundscim.application.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.inboundscim.application.port.out.LogQuery;
import dev.inboundscim.domain.connection.Connection;
import dev.inboundscim.domain.connection.Strategy;
import dev.inboundscim.domain.error.BadRequestException;
import dev.inboundscim.domain.error.ScimType;
import dev.inboundscim.domain.log.LogEntry;
import dev.inboundscim.domain.log.LogType;
import dev.inboundscim.domain.scim.value.ScimObject;
import dev.inboundscim.domain.user.User;
import dev.inboundscim.domain.user.UserId;
import dev.inboundscim.domain.user.UserKeys;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * No store keeps NUL characters (PostgreSQL text and jsonb refuse them; BSON keys cannot hold them): users carrying
 * one are refused with 400 and nothing is stored, while log entries are kept with each NUL replaced by U+FFFD.
 */
public abstract class NulCharacterContract extends ContractSupport {

    private final Instant now = Instant.parse("2030-01-01T00:00:00Z");

    private LogEntry log(Connection connection, ScimObject details, String userAgent) {
        return new LogEntry(LOG_IDS.next(now), LogType.FSCIM, now, connection.id().value(), "Create a user",
                "10.0.0.1", userAgent, null, details);
    }
    @Test
    void refusesAUserWithANulInItsProfile() {
        Connection connection = newConnection();
        UserId id = UserId.of(Strategy.OKTA, connection.name(), "ext-1");
        User user = new User(id, connection.id(), ScimObject.builder().put("name", "bad\0name").build(), List.of(),
                UserKeys.of("alice", "ext-1"), now, now, 1);

        BadRequestException failure = assertThrows(BadRequestException.class,
                () -> repositories().users().insert(inserting(user, log(connection, ScimObject.EMPTY, "JUnit"))));

        assertEquals(Optional.of(ScimType.INVALID_VALUE), failure.scimType());
        assertEquals(Optional.empty(), repositories().users().findById(id));
        assertEquals(List.of(), repositories().logs().list(LogQuery.newest(null, connection.id().value(), null, 10)));
    }

    @Test
    void refusesAUserWithANulInAKeyOrAProfileKey() {
        Connection connection = newConnection();
        UserId id = UserId.of(Strategy.OKTA, connection.name(), "ext-2");
        User badKey = new User(id, connection.id(), ScimObject.EMPTY, List.of(), UserKeys.of("al\0ice", "ext-2"), now,
                now, 1);
        User badProfileKey = new User(id, connection.id(), ScimObject.builder().put("a\0b", "x").build(), List.of(),
                UserKeys.of("alice", "ext-2"), now, now, 1);

        assertThrows(BadRequestException.class,
                () -> repositories().users().insert(inserting(badKey, log(connection, ScimObject.EMPTY, "JUnit"))));
        assertThrows(BadRequestException.class,
                () -> repositories().users().insert(inserting(badProfileKey, log(connection, ScimObject.EMPTY,
                        "JUnit"))));
    }

    @Test
    void keepsALogEntryWithNulCharactersReplaced() {
        Connection connection = newConnection();
        LogEntry entry = log(connection, ScimObject.builder().put("body\0key", "a\0b").build(), "agent\0x");

        repositories().logs().append(routed(entry));

        LogEntry stored = repositories().logs().list(LogQuery.newest(null, connection.id().value(), null,
                10)).getFirst();
        assertEquals(ScimObject.builder().put("body\uFFFDkey", "a\uFFFDb").build(), stored.details());
        assertEquals("agent\uFFFDx", stored.userAgent());
    }
}
