package dev.inboundscim.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.inboundscim.application.SoftDeletePurgeSettings;
import dev.inboundscim.application.port.in.auth.ScimContext;
import dev.inboundscim.application.port.in.scim.CreateScimUserUseCase.CreateScimUserCommand;
import dev.inboundscim.application.port.in.scim.DeleteScimUserUseCase.DeleteScimUserCommand;
import dev.inboundscim.application.port.in.scim.ScimUserView;
import dev.inboundscim.application.service.log.LogEntries;
import dev.inboundscim.application.service.scim.CreateScimUserService;
import dev.inboundscim.application.service.scim.DeleteScimUserService;
import dev.inboundscim.application.service.user.SoftDeletedUserPurge;
import dev.inboundscim.domain.connection.Connection;
import dev.inboundscim.domain.connection.ConnectionName;
import dev.inboundscim.domain.connection.DefaultMappings;
import dev.inboundscim.domain.connection.DeletionPolicy;
import dev.inboundscim.domain.connection.ScimConfiguration;
import dev.inboundscim.domain.connection.Strategy;
import dev.inboundscim.domain.log.LogIds;
import dev.inboundscim.domain.log.LogType;
import dev.inboundscim.domain.log.RequestInfo;
import dev.inboundscim.domain.scim.value.ScimBoolean;
import dev.inboundscim.domain.scim.value.ScimObject;
import dev.inboundscim.domain.user.UserId;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The soft deletion use cases (SPEC §10) over in-memory ports, with a clock moved by hand across the window. */
class SoftDeletionServicesTest {

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
                DefaultMappings.forStrategy(Strategy.OKTA), null,
                new DeletionPolicy(DeletionPolicy.Mode.SOFT, 7), clock.instant(), clock.instant());
        return new ScimContext(connection, configuration, null);
    }

    private ScimUserView create(String givenName) {
        ScimObject resource = ScimObject.builder().put("userName", "bob@x.com").put("externalId", "00u9")
                .put("active", ScimBoolean.TRUE)
                .put("name", ScimObject.builder().put("givenName", givenName).build()).build();
        return new CreateScimUserService(ports.users, ports.userWrites(entries), entries, ports.roleSync(entries))
                .create(new CreateScimUserCommand(context, resource, request));
    }

    private void delete(UserId id) {
        new DeleteScimUserService(ports.users, new VersionedWrite(VersionedWrite.DEFAULT_DEADLINE),
                ports.userWrites(entries), entries).delete(new DeleteScimUserCommand(context, id, null, request));
    }

    private SoftDeletedUserPurge purge() {
        return new SoftDeletedUserPurge(ports.users, clock, new SoftDeletePurgeSettings(Duration.ofHours(1), 2,
                Duration.ZERO));
    }

    private long restoredEntries() {
        return ports.logs.entries.stream().filter(e -> e.type() == LogType.USER_RESTORED).count();
    }

    @Test
    void aPostWithinTheWindowRestoresAndOneAfterThePurgeCreatesAnew() {
        ScimUserView bob = create("Bob");
        delete(bob.user().id());
        assertTrue(ports.users.rows.isEmpty());
        assertEquals(0, purge().purgeExpired(), "nothing has expired yet");

        clock.advance(Duration.ofDays(6));
        ScimUserView restored = create("Robert");
        assertEquals(bob.user().id(), restored.user().id());
        assertEquals(bob.user().createdAt(), restored.user().createdAt());
        assertEquals(1, restoredEntries());

        delete(restored.user().id());
        clock.advance(Duration.ofDays(7));
        assertEquals(1, purge().purgeExpired());
        ScimUserView fresh = create("Bob");
        assertNotEquals(bob.user().createdAt(), fresh.user().createdAt(), "a new user, not a restore");
        assertEquals(1, restoredEntries());
    }

    @Test
    void thePurgeGoesInBatchesUntilABatchComesBackShort() {
        for (int i = 0; i < 5; i++) {
            ScimObject resource = ScimObject.builder().put("userName", "u" + i).put("externalId", "e" + i).build();
            ScimUserView user = new CreateScimUserService(ports.users, ports.userWrites(entries), entries,
                    ports.roleSync(entries))
                    .create(new CreateScimUserCommand(context, resource, request));
            delete(user.user().id());
        }
        clock.advance(Duration.ofDays(7));

        assertEquals(5, purge().purgeExpired());
        assertEquals(0, ports.users.softDeleted(context.connection().id(), 0, 10).total());
    }
}
