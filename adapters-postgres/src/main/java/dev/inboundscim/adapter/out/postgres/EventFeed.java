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
     * (an SQL condition), for a read in the feed's order with a limit. The type is tested as {@code = ANY}, whose
     * statistics tell the planner that most of the feed's rows match; what keeps such a read on the feed's index in
     * order is its transaction's settings ({@code PostgresEventStreamRepository#READ_IN_ORDER}), since a condition
     * believed rare, or a stale estimate of the backlog, made sorting the whole backlog look cheaper.
     */
    static String owes(String s, String l) {
        return condition(s, l, "%2$s.type = ANY (%1$s.feed_types)");
    }

    /**
     * {@link #owes}, for a statement that reads all that the feed owes (a count, a test that nothing is owed): the
     * type is tested as an array containment, which no index on {@code logs} answers. As {@code = ANY} the planner
     * could (and with some statistics did) read the feed through {@code logs_type_idx}: every event of those types
     * ever kept, so the backlog gauge and the catch-up after an empty read grew with the log's history (tens of
     * milliseconds at 70,000 events) instead of with what lies after the position.
     */
    static String owesAll(String s, String l) {
        return condition(s, l, "ARRAY[%2$s.type::text] <@ %1$s.feed_types");
    }

    private static String condition(String s, String l, String type) {
        return ("(%1$s.feed_types IS NOT NULL AND %2$s.tx IS NOT NULL "
                + "AND (%2$s.tx, %2$s.log_id) > (%1$s.feed_tx, %1$s.feed_log) AND " + type + " "
                + "AND NOT pg_visible_in_snapshot(%2$s.tx, %1$s.feed_start))").formatted(s, l);
    }

    /** True when some webhook stream's feed still owes the log row {@code l} (an SQL condition, for log retention). */
    static String owedByAny(String l) {
        return "EXISTS (SELECT 1 FROM event_streams s WHERE " + owesAll("s", l) + ")";
    }
}
