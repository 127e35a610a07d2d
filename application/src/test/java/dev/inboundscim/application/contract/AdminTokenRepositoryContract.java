package dev.inboundscim.application.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.inboundscim.application.port.out.AdminTokenRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link AdminTokenRepository} must have. The digest is one per store and the store may be shared
 * with other tests, so these tests accept that a digest was saved before they ran.
 */
public abstract class AdminTokenRepositoryContract extends ContractSupport {

    private AdminTokenRepository adminToken() {
        return repositories().adminToken();
    }

    @Test
    void onlyTheFirstDigestIsKept() {
        String first = unique("digest-");
        String second = unique("digest-");

        boolean savedFirst = adminToken().saveDigestIfAbsent(first);
        Optional<String> stored = adminToken().findDigest();

        assertTrue(stored.isPresent());
        assertEquals(savedFirst, stored.get().equals(first));
        assertFalse(adminToken().saveDigestIfAbsent(second));
        assertEquals(stored, adminToken().findDigest());
        assertNotEquals(Optional.of(second), adminToken().findDigest());
    }

    @Test
    void concurrentSavesHaveAtMostOneWinner() throws InterruptedException {
        List<String> digests = new ArrayList<>();
        List<Callable<Boolean>> saves = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String digest = unique("digest-");
            digests.add(digest);
            saves.add(() -> adminToken().saveDigestIfAbsent(digest));
        }

        List<Outcome<Boolean>> outcomes = concurrently(saves);

        assertTrue(outcomes.stream().allMatch(Outcome::succeeded), () -> "no save fails: " + outcomes);
        long winners = outcomes.stream().filter(Outcome::value).count();
        assertTrue(winners <= 1, "at most one winner");
        String stored = adminToken().findDigest().orElseThrow();
        assertEquals(winners == 1, digests.contains(stored));
    }
}
