package dev.inboundscim.application.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.inboundscim.application.port.out.Repositories;
import dev.inboundscim.application.port.out.SettingsFence;
import dev.inboundscim.application.port.out.Store;
import dev.inboundscim.application.service.ObservedCache;
import dev.inboundscim.domain.connection.Connection;
import dev.inboundscim.domain.connection.ConnectionId;
import dev.inboundscim.domain.connection.DefaultMappings;
import dev.inboundscim.domain.connection.DeletionPolicy;
import dev.inboundscim.domain.connection.ScimConfiguration;
import dev.inboundscim.domain.connection.Strategy;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The settings fence with two nodes on one store, each a store of its own (its own clients, observation and registry
 * entry), run unchanged on every adapter: a settings write through one node answers only once the other serves it
 * from memory, and a lone node does not wait. Each adapter adds the fault its store can be put in.
 */
public abstract class SettingsFenceContract extends ContractSupport {

    protected static final Duration BOUND = SettingsFence.DEFAULT.bound();

    /** The other node, once {@link #startAnotherNode} started it; closed after each test. */
    protected Store there;

    /** This node's store, shared by the module's tests. */
    protected abstract Store here();

    /** A further store over the same database, as another node opens it. */
    protected abstract Store anotherNode();

    /** How many consecutive writes the other node must each see at once (each waits for it). */
    protected abstract int consecutiveWrites();

    @Override
    protected Repositories repositories() {
        return here().repositories();
    }

    @AfterEach
    void stopTheOtherNode() {
        if (there != null) {
            there.close();
            there = null;
        }
    }

    protected void startAnotherNode() throws InterruptedException {
        there = anotherNode();
        await("both nodes observe", () -> here().settingsChanges().live() && there.settingsChanges().live());
    }

    @Test
    void theNextReadThroughTheOtherNodeSeesEverySettingsWrite() throws InterruptedException {
        startAnotherNode();
        ConnectionId id = configuredConnection();
        ObservedCache<ConnectionId, Integer> theirs = theirRestoreWindow();
        for (int days = 1; days <= consecutiveWrites(); days++) {
            theirs.get(id);
            timedWrite(id, days);

            assertEquals(days, theirs.get(id), "the other node's memory right after the write answered");
        }
    }

    @Test
    void aLoneNodeDoesNotWait() throws InterruptedException {
        await("observing", () -> here().settingsChanges().live());
        ConnectionId id = configuredConnection();

        Duration took = timedWrite(id, 2);

        assertTrue(took.compareTo(BOUND.dividedBy(4)) < 0, "a write with no other node took " + took);
    }

    /** The other node's restore window of a connection, from its memory while it may use it. */
    protected ObservedCache<ConnectionId, Integer> theirRestoreWindow() {
        Store node = there;
        return new ObservedCache<>(node.settingsChanges(), key -> node.repositories().scimConfigurations()
                .findByConnection(key).orElseThrow().deletion().restoreWindowDays());
    }

    /** Sets the connection's soft deletion window through this node; how long the write took to answer. */
    protected Duration timedWrite(ConnectionId id, int days) {
        ScimConfiguration current = repositories().scimConfigurations().findByConnection(id).orElseThrow();
        long started = System.nanoTime();
        repositories().scimConfigurations().update(current.withDeletion(
                new DeletionPolicy(DeletionPolicy.Mode.SOFT, days), now()));
        return Duration.ofNanos(System.nanoTime() - started);
    }

    protected ConnectionId configuredConnection() {
        Connection connection = newConnection();
        Instant now = now();
        repositories().scimConfigurations().insert(new ScimConfiguration(connection.id(),
                DefaultMappings.forStrategy(Strategy.OKTA), null, now, now));
        return connection.id();
    }

    protected static void await(String what, BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (!condition.getAsBoolean()) {
            assertTrue(Instant.now().isBefore(deadline), "timed out waiting for " + what);
            Thread.sleep(10);
        }
    }
}
