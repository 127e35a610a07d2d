package dev.inboundscim.application.service.scim;

import dev.inboundscim.domain.scim.paging.PagePosition;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * This node's short memory of where {@code startIndex} pages ended (issue 20): "in the listing of query Q, item N
 * is at position P". A client that reads the listing page after page by {@code startIndex} (Okta's import loop) asks
 * next for item N+1, which the store then seeks after P through its index instead of counting past N rows with an
 * OFFSET, so a deep page costs what the first one does.
 *
 * <p>Bounded (the least recently used entries go first) and short-lived (an entry expires {@code ttl} after it was
 * written), kept per node and never shared: a node that does not remember a position reads the page with an offset,
 * as every node did before, and remembers where that page ends. The query key holds the connection, the resolved
 * filter and the sort (kept as its SHA-256), so a position never serves another listing.
 *
 * <p>When nothing changed between two pages, the sought page holds exactly what the offset page holds. When users
 * were created or deleted before the remembered position in between, the sought page continues after the last user
 * the client was given (nothing skipped or repeated), where the offset page would have shifted by the number of
 * changes; RFC 7644 §3.4.2.4 leaves consistency across index pages to the service provider. No page answers an item
 * past {@code totalResults} ({@link #withinTotal}): a position may come from an older walk of the same query.
 */
final class PagePositions {

    /** Entries kept per node: each is a short key and a position. */
    static final int CAPACITY = 10_000;
    /** How long a position is used after its page was read: an import loop reads its next page within seconds. */
    static final Duration TTL = Duration.ofMinutes(10);

    private final int capacity;
    private final long ttlNanos;
    private final LongSupplier nanoTime;
    private final LinkedHashMap<Key, Remembered> entries;

    PagePositions() {
        this(CAPACITY, TTL, System::nanoTime);
    }

    PagePositions(int capacity, Duration ttl, LongSupplier nanoTime) {
        this.capacity = capacity;
        this.ttlNanos = ttl.toNanos();
        this.nanoTime = nanoTime;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, Remembered> eldest) {
                return size() > PagePositions.this.capacity;
            }
        };
    }

    /** The position of item {@code offset} (1-based: the last item before offset + 1) of {@code query}, or null. */
    PagePosition find(String query, long offset) {
        if (offset <= 0) {
            return null;
        }
        Key key = new Key(digest(query), offset);
        synchronized (entries) {
            Remembered entry = entries.get(key);
            if (entry == null) {
                return null;
            }
            if (nanoTime.getAsLong() - entry.written() > ttlNanos) {
                entries.remove(key);
                return null;
            }
            return entry.position();
        }
    }

    /** Remembers that item {@code offset} of {@code query} is at {@code position}. */
    void remember(String query, long offset, PagePosition position) {
        if (position == null || offset <= 0) {
            return;
        }
        Key key = new Key(digest(query), offset);
        synchronized (entries) {
            entries.put(key, new Remembered(position, nanoTime.getAsLong()));
        }
    }

    /**
     * {@code page} as the index page at {@code offset} must be: no item past {@code totalResults}. A remembered
     * position may be older than the listing (another walk of the same query, before users were deleted), and a walk
     * that goes on after its last item when others were deleted behind it reaches the end later than the total says.
     */
    static <T> PagePosition.Page<T> withinTotal(PagePosition.Page<T> page, long offset) {
        long room = Math.max(0, page.total() - Math.max(0, offset));
        return page.items().size() <= room ? page
                : new PagePosition.Page<>(List.copyOf(page.items().subList(0, (int) room)), page.total(), null);
    }

    int size() {
        synchronized (entries) {
            return entries.size();
        }
    }

    /** The query's SHA-256: an entry's size does not follow its filter's, and no two queries share one. */
    private static String digest(String query) {
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
                    .digest(query.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private record Key(String query, long offset) {
    }

    private record Remembered(PagePosition position, long written) {
    }
}
