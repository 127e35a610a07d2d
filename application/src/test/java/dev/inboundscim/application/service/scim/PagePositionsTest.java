package dev.inboundscim.application.service.scim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.inboundscim.domain.scim.paging.PagePosition;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The node's memory of where index pages ended (issue 20): per query and offset, bounded, short-lived. */
class PagePositionsTest {

    private final AtomicLong now = new AtomicLong();
    private final PagePositions positions = new PagePositions(3, Duration.ofSeconds(10), now::get);

    @Test
    void aPositionServesItsOwnQueryAndOffsetOnly() {
        PagePosition position = new PagePosition(42, null);
        positions.remember("Users/c1/null", 100, position);
        assertEquals(position, positions.find("Users/c1/null", 100));
        assertNull(positions.find("Users/c1/null", 99));
        assertNull(positions.find("Users/c2/null", 100), "another connection's listing");
        assertNull(positions.find("Users/c1/userName eq x", 100), "another filter");
        positions.remember("Users/c1/null", 0, position);
        assertNull(positions.find("Users/c1/null", 0), "the first page needs no position");
        positions.remember("Users/c1/null", 200, null);
        assertNull(positions.find("Users/c1/null", 200), "the last page leaves none");
        positions.remember("x".repeat(5_000), 100, position);
        assertEquals(position, positions.find("x".repeat(5_000), 100), "a long query is kept by its digest");
        assertNull(positions.find("x".repeat(4_999) + "y", 100));
    }

    @Test
    void positionsExpireAndTheLeastRecentlyUsedGoFirst() {
        for (int offset = 1; offset <= 3; offset++) {
            positions.remember("q", offset * 100, new PagePosition(offset, null));
        }
        assertEquals(new PagePosition(1, null), positions.find("q", 100));
        positions.remember("q", 400, new PagePosition(4, null));
        assertEquals(3, positions.size());
        assertNull(positions.find("q", 200), "the least recently used went first");
        assertEquals(new PagePosition(1, null), positions.find("q", 100));
        now.addAndGet(Duration.ofSeconds(11).toNanos());
        assertNull(positions.find("q", 100), "expired");
        assertNull(positions.find("q", 400), "expired");
    }
}
