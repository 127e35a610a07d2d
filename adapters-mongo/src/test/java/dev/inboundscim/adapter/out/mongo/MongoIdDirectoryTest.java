package dev.inboundscim.adapter.out.mongo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import dev.inboundscim.domain.id.RandomIds;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The id directory's claims keep ids unique across connections without transactions (docs/scaling.md): an entry
 * whose connection holds no document is taken over, a claim under way is not until it is abandoned, and of two
 * creates of one id whose claims overlap only one can confirm.
 */
class MongoIdDirectoryTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private static final IdDirectory.Holders NONE = (connectionId, id, now) -> true;

    private MongoClient client;
    private IdDirectory directory;
    private String id;

    @BeforeEach
    void open() {
        TestMongo.Coordinates mongo = TestMongo.coordinates();
        client = MongoClients.create(mongo.uri());
        directory = new IdDirectory(client.getDatabase(mongo.database()).getCollection(MongoSchema.USER_CONNECTIONS));
        id = RandomIds.alphanumeric("okta|directory|", 12);
    }

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void aConfirmedClaimNamesItsConnectionAndHoldsTheIdWhileItsConnectionHoldsADocument() {
        IdDirectory.Claim claim = directory.claim(id, "con_a", NOW, NONE).orElseThrow();
        assertTrue(directory.confirm(claim));

        assertEquals(Optional.of("con_a"), directory.connectionOf(id));
        assertEquals(Map.of(id, "con_a"), directory.connectionsOf(List.of(id, "okta|directory|none")));
        List<String> asked = new ArrayList<>();
        assertEquals(Optional.empty(), directory.claim(id, "con_b", NOW, (connectionId, held, now) -> {
            asked.add(connectionId);
            return false;
        }));
        assertEquals(List.of("con_a"), asked, "the holder is looked for in the entry's connection");
        assertEquals(Optional.of("con_a"), directory.connectionOf(id));
    }

    @Test
    void anEntryWhoseConnectionHoldsNoDocumentIsTakenOver() {
        assertTrue(directory.confirm(directory.claim(id, "con_a", NOW, NONE).orElseThrow()));

        IdDirectory.Claim taken = directory.claim(id, "con_b", NOW, NONE).orElseThrow();

        assertTrue(directory.confirm(taken));
        assertEquals(Optional.of("con_b"), directory.connectionOf(id));
    }

    @Test
    void aClaimUnderWayIsNotTakenOverUntilItIsAbandoned() {
        IdDirectory.Claim stalled = directory.claim(id, "con_a", NOW, NONE).orElseThrow();

        assertEquals(Optional.empty(), directory.claim(id, "con_b", NOW.plusSeconds(30), NONE));
        IdDirectory.Claim taken = directory.claim(id, "con_b", NOW.plus(IdDirectory.ABANDONED), NONE).orElseThrow();

        assertFalse(directory.confirm(stalled), "the stalled create learns that it lost the id");
        assertTrue(directory.confirm(taken));
        assertEquals(Optional.of("con_b"), directory.connectionOf(id));
    }

    @Test
    void aReleasedClaimFreesTheId() {
        directory.release(directory.claim(id, "con_a", NOW, NONE).orElseThrow());

        assertEquals(Optional.empty(), directory.connectionOf(id));
    }

    @Test
    void aRemovalReadBeforeAClaimLeavesTheClaimAlone() {
        assertTrue(directory.confirm(directory.claim(id, "con_a", NOW, NONE).orElseThrow()));
        IdDirectory.Entry read = directory.entry(id).orElseThrow();
        IdDirectory.Claim again = directory.claim(id, "con_a", NOW, NONE).orElseThrow();

        directory.remove(read);
        assertEquals(Optional.of("con_a"), directory.connectionOf(id), "the claim's entry stays");
        assertTrue(directory.confirm(again));
        directory.remove(directory.entry(id).orElseThrow());
        assertEquals(Optional.empty(), directory.connectionOf(id));
    }
}
