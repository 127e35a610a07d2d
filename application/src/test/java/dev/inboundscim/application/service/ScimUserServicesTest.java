package dev.inboundscim.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.inboundscim.application.port.in.auth.ScimContext;
import dev.inboundscim.application.port.in.scim.CreateScimUserUseCase.CreateScimUserCommand;
import dev.inboundscim.application.port.in.scim.ReplaceScimUserUseCase.ReplaceScimUserCommand;
import dev.inboundscim.application.port.in.scim.ScimUserView;
import dev.inboundscim.application.service.VersionedWrite;
import dev.inboundscim.application.service.log.LogEntries;
import dev.inboundscim.application.service.scim.CreateScimUserService;
import dev.inboundscim.application.service.scim.ReplaceScimUserService;
import dev.inboundscim.domain.connection.Connection;
import dev.inboundscim.domain.connection.ConnectionName;
import dev.inboundscim.domain.connection.DefaultMappings;
import dev.inboundscim.domain.connection.ScimConfiguration;
import dev.inboundscim.domain.connection.Strategy;
import dev.inboundscim.domain.error.BadRequestException;
import dev.inboundscim.domain.error.ConflictException;
import dev.inboundscim.domain.error.PreconditionFailedException;
import dev.inboundscim.domain.error.UnavailableException;
import dev.inboundscim.domain.log.LogEntry;
import dev.inboundscim.domain.log.LogIds;
import dev.inboundscim.domain.log.LogType;
import dev.inboundscim.domain.log.RequestInfo;
import dev.inboundscim.domain.scim.value.ScimBoolean;
import dev.inboundscim.domain.scim.value.ScimObject;
import dev.inboundscim.domain.scim.value.ScimString;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ScimUserServicesTest {

    private static final VersionedWrite WRITES = new VersionedWrite(VersionedWrite.DEFAULT_DEADLINE);

    private final InMemoryPorts ports = new InMemoryPorts();
    private final MutableClock clock = new MutableClock();
    private final LogEntries entries = new LogEntries(new LogIds(), clock, Optional::empty);
    private final ScimContext context = context();
    private final RequestInfo request = RequestInfo.of("POST", "/scim/v2/x/Users", null, "127.0.0.1", "test", null,
            "POST Users", 201);

    private ScimContext context() {
        Connection connection = Connection.create(new ConnectionName("acme"), Strategy.OKTA, null, clock.instant());
        ports.connections.insert(connection);
        ScimConfiguration configuration = new ScimConfiguration(connection.id(),
                DefaultMappings.forStrategy(Strategy.OKTA), null, clock.instant(), clock.instant());
        return new ScimContext(connection, configuration, null);
    }

    private static ScimObject user(String userName, String externalId, boolean active) {
        ScimObject.Builder builder = ScimObject.builder().put("userName", userName).put("active",
                ScimBoolean.of(active));
        if (externalId != null) {
            builder.put("externalId", externalId);
        }
        return builder.build();
    }

    private ScimUserView create(ScimObject resource) {
        return new CreateScimUserService(ports.users, ports.userWrites(entries),
                entries, ports.roleSync(entries)).create(new CreateScimUserCommand(context, resource,
                request));
    }

    @Test
    void createsTheUserWithItsIdIdentityAndOneSuccessLogEntry() {
        ScimUserView view = create(user("Bob@x.com", "00u9", true));
        assertEquals("okta|acme|00u9", view.user().id().value());
        assertEquals("00u9", view.user().identities().getFirst().userId());
        assertEquals("okta", view.user().identities().getFirst().provider());
        assertEquals(new ScimString("Bob@x.com"), view.attributes().get("userName").orElseThrow());
        assertEquals(1, ports.logs.entries.size());
        LogEntry entry = ports.logs.entries.getFirst();
        assertEquals(LogType.SSCIM, entry.type());
        assertEquals("okta|acme|00u9", entry.userId());
        assertEquals(context.connection().id().value(), entry.connectionId());
    }

    @Test
    void refusesACreateWithoutTheUserIdAttributeNamingIt() {
        BadRequestException error = assertThrows(BadRequestException.class, () -> create(user("bob", null, true)));
        assertTrue(error.detail().contains("externalId"), error.detail());
        assertTrue(ports.users.rows.isEmpty());
        assertTrue(ports.logs.entries.isEmpty(), "a refused create writes no success entry");
    }

    @Test
    void refusesACreateWithoutUserName() {
        assertThrows(BadRequestException.class, () -> create(ScimObject.builder().put("externalId", "e").build()));
    }

    @Test
    void aDuplicateIsAUniquenessConflict() {
        create(user("bob", "e1", true));
        assertThrows(ConflictException.class, () -> create(user("BOB", "e2", true)));
    }

    @Test
    void replaceRecomputesOnAFreshCopyWhenAnotherWriterWonAndBlocksOnInactive() {
        ScimUserView created = create(user("bob", "e1", true));
        ports.users.failNextUpdates = 1;
        ScimUserView replaced = new ReplaceScimUserService(ports.users, WRITES, ports.userWrites(entries), entries,
                ports.roleSync(entries)).replace(new ReplaceScimUserCommand(context, created.user().id(),
                        user("bob", "e1", false),
                        null, request));
        assertEquals(ScimBoolean.FALSE, replaced.attributes().get("active").orElseThrow());
        assertTrue(ports.users.rows.get(created.user().id()).isBlocked());
        assertEquals(3, replaced.user().version(), "created at 1, bumped by the rival writer, then ours");
    }

    @Test
    void replaceWithoutIfMatchAnswersUnavailableNeverStaleWhenConflictsOutlastTheDeadline() {
        ScimUserView created = create(user("bob", "e1", true));
        ports.users.failNextUpdates = 1_000_000;
        VersionedWrite shortDeadline = new VersionedWrite(Duration.ofMillis(200));
        assertThrows(UnavailableException.class, () -> new ReplaceScimUserService(ports.users,
                shortDeadline, ports.userWrites(entries), entries, ports.roleSync(entries))
                .replace(new ReplaceScimUserCommand(context,
                        created.user().id(),
                user("bob", "e1", false), null, request)));
        assertTrue(ports.users.failNextUpdates < 1_000_000 - 5, "it retried before it gave up");
    }

    @Test
    void replaceWithIfMatchAnswersStaleOnTheFirstConflict() {
        ScimUserView created = create(user("bob", "e1", true));
        ports.users.failNextUpdates = 1;
        assertThrows(PreconditionFailedException.class, () -> new ReplaceScimUserService(ports.users,
                WRITES, ports.userWrites(entries), entries, ports.roleSync(entries))
                .replace(new ReplaceScimUserCommand(context,
                        created.user().id(),
                user("bob", "e1", false), 1L, request)));
        assertEquals(0, ports.users.failNextUpdates, "one attempt, no retry");
    }
}
