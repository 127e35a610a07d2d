package dev.inboundscim.adapter.out.mongo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.inboundscim.application.contract.ContractSupport;
import dev.inboundscim.application.port.out.Repositories;
import dev.inboundscim.application.port.out.SettingsChanges;
import dev.inboundscim.domain.connection.Connection;
import dev.inboundscim.domain.token.Scope;
import dev.inboundscim.domain.token.ScimToken;
import java.time.Duration;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Authentication from memory on MongoDB as on PostgreSQL (issue 20): two stores on one database stand for two server
 * processes. A change to what authentication reads moves this process's version at once and the other's within a
 * second (SPEC §7: a revocation is effective everywhere within 1 s); a token's last use or a user write moves
 * nothing, so memory keeps answering.
 */
class MongoSettingsChangesTest extends ContractSupport {

    private final MongoStore here = TestMongo.store();
    private MongoStore there;

    @Override
    protected Repositories repositories() {
        return here.repositories();
    }

    @AfterEach
    void closeTheOtherProcess() {
        if (there != null) {
            there.close();
        }
    }

    @Test
    void aRevocationMovesThisProcessAtOnceAndTheOtherWithinASecond() {
        there = TestMongo.node();
        SettingsChanges mine = here.settingsChanges();
        SettingsChanges theirs = there.settingsChanges();
        await("both observe changes", () -> mine.live() && theirs.live());
        Connection connection = newConnection();
        ScimToken token = ScimToken.issue(connection.id(), Set.of(Scope.GET_USERS), null, now()).token();
        assertTrue(repositories().tokens().insertWithinLimit(token, 2));
        long theirsBefore = theirs.version();
        long mineBefore = mine.version();

        assertTrue(repositories().tokens().delete(connection.id(), token.id()));

        assertNotEquals(mineBefore, mine.version(), "this process sees its own change at once");
        await("the other process sees the revocation", () -> theirs.version() != theirsBefore);
    }

    @Test
    void aTokensLastUseAndUserWritesChangeNothingReadFromMemory() throws InterruptedException {
        SettingsChanges mine = here.settingsChanges();
        await("observing", mine::live);
        Connection connection = newConnection();
        ScimToken token = ScimToken.issue(connection.id(), Set.of(Scope.GET_USERS), null, now()).token();
        assertTrue(repositories().tokens().insertWithinLimit(token, 2));
        // Two polls, so that what other stores on the database changed before this test has been seen.
        Thread.sleep(600);
        long before = mine.version();

        repositories().tokens().touch(token.id(), now());
        insertedUser(connection, "ann", "ann-ext");

        assertEquals(before, mine.version());
    }

    private static void await(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(1).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within a second: " + what);
            }
            Thread.onSpinWait();
        }
    }
}
