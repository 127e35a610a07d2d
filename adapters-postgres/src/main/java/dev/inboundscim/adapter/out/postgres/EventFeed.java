package dev.inboundscim.adapter.out.postgres;

import dev.inboundscim.domain.event.EventStream;
import java.util.stream.Collectors;

/**
 * The feed a webhook event stream reads from {@code logs} instead of an outbox row per event (V26): the event rows
 * (those with a {@code tx}) of its types after its position, by (tx, log_id), that its feed's start snapshot does not
 * see. A stream is acknowledged in order, so its position moves to the end of what it delivered.
 */
final class EventFeed {

    private EventFeed() {
    }

    /**
     * The log types {@code stream} reads from the feed, comma-separated, or empty when it reads none: a poll stream is
     * acknowledged in any order (RFC 8936) and keeps outbox rows, and a paused stream collects nothing.
     */
    static String types(EventStream stream) {
        if (!stream.pushed() || !stream.status().collects()) {
            return "";
        }
        return stream.subscriptions().stream().map(type -> type.logType().code()).collect(Collectors.joining(","));
    }

    /** The stored {@code feed_types} of a comma-separated parameter: NULL when empty (an SQL expression). */
    static final String TYPES_PARAM = "nullif(string_to_array(?, ','), '{}')";

    /** {@code feed_start, feed_tx, feed_log} of a feed that begins now (an SQL expression list). */
    static final String STARTS_NOW = "pg_current_snapshot(), pg_snapshot_xmin(pg_current_snapshot()), ''";

    /**
     * True when the log row {@code l} is in the feed of the stream row {@code s} and after its position: owed by it
     * (an SQL condition).
     */
    static String owes(String s, String l) {
        return ("(%1$s.feed_types IS NOT NULL AND %2$s.tx IS NOT NULL "
                + "AND (%2$s.tx, %2$s.log_id) > (%1$s.feed_tx, %1$s.feed_log) AND %2$s.type = ANY (%1$s.feed_types) "
                + "AND NOT pg_visible_in_snapshot(%2$s.tx, %1$s.feed_start))").formatted(s, l);
    }

    /** True when some webhook stream's feed still owes the log row {@code l} (an SQL condition, for log retention). */
    static String owedByAny(String l) {
        return "EXISTS (SELECT 1 FROM event_streams s WHERE " + owes("s", l) + ")";
    }
}
