package dev.inboundscim.adapter.out.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.inboundscim.application.contract.ContractSupport;
import dev.inboundscim.application.port.out.Repositories;
import dev.inboundscim.application.port.out.SettingsChanges;
import dev.inboundscim.domain.connection.Connection;
import dev.inboundscim.domain.connection.DefaultMappings;
import dev.inboundscim.domain.connection.ScimConfiguration;
import dev.inboundscim.domain.connection.Strategy;
import dev.inboundscim.domain.logstream.ContentFormat;
import dev.inboundscim.domain.logstream.DeliveryState;
import dev.inboundscim.domain.logstream.HttpSink;
import dev.inboundscim.domain.logstream.LogStream;
import dev.inboundscim.domain.logstream.LogStreamStatus;
import dev.inboundscim.domain.organization.EnabledConnection;
import dev.inboundscim.domain.organization.Organization;
import dev.inboundscim.domain.token.ScimToken;
import dev.inboundscim.domain.token.Scope;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/**
 * The notifications behind authentication's cache, on a real PostgreSQL: every committed change to tokens,
 * connections and configurations moves the version; a token's {@code last_used_at} does not.
 */
class PostgresSettingsChangesTest extends ContractSupport {

    @Override
    protected Repositories repositories() {
        return PostgresRepositories.shared();
    }

    private SettingsChanges changes() {
        return TestDatabases.postgres().settingsChanges();
    }

    /** The version once it has been still for a while (notifications of earlier tests have arrived). */
    private long settled() throws InterruptedException {
        await("the listener", () -> changes().live());
        long version;
        do {
            version = changes().version();
            Thread.sleep(300);
        } while (version != changes().version());
        return version;
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (!condition.getAsBoolean()) {
            assertTrue(Instant.now().isBefore(deadline), "timed out waiting for " + what);
            Thread.sleep(10);
        }
    }

    @Test
    void everyChangeAuthenticationReadsMovesTheVersionWithinMilliseconds() throws Exception {
        Connection connection = newConnection();
        Instant now = now();
        repositories().scimConfigurations().insert(new ScimConfiguration(connection.id(),
                DefaultMappings.forStrategy(Strategy.OKTA), null, now, now));
        ScimToken token = ScimToken.issue(connection.id(), Set.of(Scope.GET_USERS), null, now).token();

        long before = settled();
        repositories().tokens().insertWithinLimit(token, 2);
        await("a notice of the new token", () -> changes().version() != before);

        long afterInsert = settled();
        repositories().tokens().touch(token.id(), now());
        Thread.sleep(500);
        assertEquals(afterInsert, changes().version(), "last_used_at is not a change to authentication");

        repositories().tokens().delete(connection.id(), token.id());
        await("a notice of the revocation", () -> changes().version() != afterInsert);

        long afterRevocation = settled();
        repositories().scimConfigurations().update(new ScimConfiguration(connection.id(),
                DefaultMappings.forStrategy(Strategy.SAMLP), null, now, now));
        await("a notice of the mapping change", () -> changes().version() != afterRevocation);

        long afterMapping = settled();
        repositories().connections().update(connection.withDisplayName("Renamed", now()));
        await("a notice of the connection change", () -> changes().version() != afterMapping);
    }

    @Test
    void everyChangeRoutingReadsMovesTheVersionAndDeliveryBookkeepingDoesNot() throws Exception {
        Connection connection = newConnection();
        long before = settled();
        LogStream stream = LogStream.create(unique("routing-"), HttpSink.of("https://siem.example.com/in", null,
                ContentFormat.JSONARRAY), List.of(), now());
        repositories().logStreams().insert(stream);
        await("a notice of the new stream", () -> changes().version() != before);

        long afterInsert = settled();
        repositories().logStreams().recordDelivery(stream.id(), new DeliveryState(3, now(), "refused"));
        repositories().logStreams().claim(stream.id(), "owner", now(), Duration.ofSeconds(5));
        Thread.sleep(500);
        assertEquals(afterInsert, changes().version(), "delivery bookkeeping is not a change to routing");

        repositories().logStreams().update(stream.withSettings(stream.name(), LogStreamStatus.PAUSED, stream.sink(),
                stream.categories(), now()));
        await("a notice of the pause", () -> changes().version() != afterInsert);

        long afterPause = settled();
        Organization organization = Organization.create(unique("org-").toLowerCase(Locale.ROOT), "Org", now());
        repositories().organizations().insert(organization);
        repositories().organizations().enable(new EnabledConnection(organization.id(), connection.id(), true));
        await("a notice of the assignment", () -> changes().version() != afterPause);
        repositories().logStreams().delete(stream.id());
    }
}
