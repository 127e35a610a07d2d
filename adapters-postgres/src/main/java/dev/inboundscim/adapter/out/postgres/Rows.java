package dev.inboundscim.adapter.out.postgres;

import dev.inboundscim.domain.token.Scope;
import io.helidon.dbclient.DbRow;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Reads typed column values from DbClient rows and converts instants for binding. */
final class Rows {

    private Rows() {
    }

    static String string(DbRow row, String column) {
        return row.column(column).get(String.class);
    }

    static long longValue(DbRow row, String column) {
        return row.column(column).get(Number.class).longValue();
    }

    static boolean bool(DbRow row, String column) {
        return row.column(column).get(Boolean.class);
    }

    /**
     * The strings of a {@code text[]} column selected as {@code to_json(column)::text}: a JDBC Array would need its
     * connection after the row was read, and no separator is safe in URLs.
     */
    static List<String> jsonStrings(DbRow row, String column) {
        String json = string(row, column);
        List<String> values = new ArrayList<>();
        if (json != null) {
            JsonCodec.readTree(json).forEach(node -> values.add(node.asText()));
        }
        return values;
    }

    /** The instant of a {@code timestamptz} column, or null; pgjdbc returns {@link Timestamp} for these. */
    static Instant instant(DbRow row, String column) {
        Object value = row.column(column).get(Object.class);
        return switch (value) {
            case null -> null;
            case Timestamp timestamp -> timestamp.toInstant();
            case OffsetDateTime offset -> offset.toInstant();
            default -> throw new IllegalStateException("Unexpected value type for " + column + ": "
                    + value.getClass().getName());
        };
    }

    /**
     * Binds an instant as {@code timestamptz}. PostgreSQL keeps microseconds and would round the rest; truncating
     * here makes the stored instant predictable (never later than the one given).
     */
    static OffsetDateTime timestamp(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }

    /** The scopes of a {@code text[]} column selected as {@code array_to_string(column, ',')}. */
    static Set<Scope> scopes(DbRow row, String column) {
        Set<Scope> scopes = EnumSet.noneOf(Scope.class);
        for (String name : string(row, column).split(",")) {
            if (!name.isEmpty()) {
                scopes.add(Scope.fromWireName(name)
                        .orElseThrow(() -> new IllegalStateException("Unknown stored scope")));
            }
        }
        return scopes;
    }

    /** Scopes bound as {@code ?::text[]}, in their declared order. */
    static String[] scopeNames(Set<Scope> scopes) {
        return EnumSet.copyOf(scopes).stream().map(Scope::wireName).toArray(String[]::new);
    }
}
