package dev.inboundscim.adapter.out.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Reads the migrated schema from pg_catalog (docs/scaling.md): every table is classified in {@link ShardKeys}, every
 * primary key and unique constraint or index of a per-connection table includes connection_id, and every foreign key
 * between per-connection tables goes through connection_id on both sides, as Citus asks of distributed tables.
 */
class PostgresShardKeySchemaTest {

    /** Each unique constraint or index (primary keys too) of the public tables, with its columns. */
    private static final String UNIQUE_KEYS = """
            SELECT t.relname AS table_name, i.relname AS key_name,
                   array_to_string(ARRAY(SELECT a.attname FROM unnest(x.indkey) AS k(attnum)
                                         JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum), ',')
                       AS key_columns
            FROM pg_index x
            JOIN pg_class t ON t.oid = x.indrelid
            JOIN pg_class i ON i.oid = x.indexrelid
            JOIN pg_namespace n ON n.oid = t.relnamespace
            WHERE n.nspname = current_schema() AND x.indisunique
            ORDER BY 1, 2""";

    /** Each foreign key of the public tables: its table, columns, referenced table and columns. */
    private static final String FOREIGN_KEYS = """
            SELECT c.conname, t.relname AS table_name, r.relname AS referenced,
                   array_to_string(ARRAY(SELECT a.attname FROM unnest(c.conkey) AS k(attnum)
                                         JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum), ',')
                       AS key_columns,
                   array_to_string(ARRAY(SELECT a.attname FROM unnest(c.confkey) AS k(attnum)
                                         JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.attnum),
                                   ',') AS referenced_columns
            FROM pg_constraint c
            JOIN pg_class t ON t.oid = c.conrelid
            JOIN pg_class r ON r.oid = c.confrelid
            JOIN pg_namespace n ON n.oid = t.relnamespace
            WHERE n.nspname = current_schema() AND c.contype = 'f'
            ORDER BY 1""";

    @Test
    void everyTableIsClassifiedOnce() throws SQLException {
        List<String> classified = Stream.of(ShardKeys.PER_CONNECTION, ShardKeys.REFERENCE, ShardKeys.DIRECTORIES,
                ShardKeys.PER_USER, ShardKeys.TENANT_WIDE).flatMap(List::stream).toList();
        assertEquals(classified.size(), new TreeSet<>(classified).size(), "a table in two classes: " + classified);
        List<String> tables = rows("SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                + "WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') ORDER BY 1", 1).stream()
                .map(row -> row.getFirst()).toList();
        assertEquals(new TreeSet<>(classified), new TreeSet<>(tables),
                "ShardKeys and docs/scaling.md classify every table of the schema, and only those");
    }

    @Test
    void everyUniqueKeyOfAPerConnectionTableIncludesConnectionId() throws SQLException {
        List<String> offending = new ArrayList<>();
        int checked = 0;
        for (List<String> key : rows(UNIQUE_KEYS, 3)) {
            if (!ShardKeys.PER_CONNECTION.contains(key.get(0))) {
                continue;
            }
            checked++;
            if (!List.of(key.get(2).split(",")).contains("connection_id")) {
                offending.add(key.get(0) + "." + key.get(1) + " (" + key.get(2) + ")");
            }
        }
        assertEquals(List.of(), offending, "unique keys of per-connection tables without connection_id");
        assertTrue(checked >= ShardKeys.PER_CONNECTION.size(), "every per-connection table has a primary key");
        for (String table : ShardKeys.PER_CONNECTION) {
            List<List<String>> primary = rows("SELECT a.attname FROM pg_index x JOIN pg_class t ON t.oid = x.indrelid "
                    + "JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = x.indkey[0] "
                    + "WHERE x.indisprimary AND t.relname = '" + table + "'", 1);
            assertEquals(List.of(List.of("connection_id")), primary, table + "'s primary key starts with connection_id");
        }
    }

    @Test
    void everyForeignKeyBetweenPerConnectionTablesGoesThroughConnectionId() throws SQLException {
        List<String> offending = new ArrayList<>();
        for (List<String> key : rows(FOREIGN_KEYS, 5)) {
            String table = key.get(1);
            String referenced = key.get(2);
            if (!ShardKeys.PER_CONNECTION.contains(table)) {
                continue;
            }
            List<String> columns = List.of(key.get(3).split(","));
            List<String> referencedColumns = List.of(key.get(4).split(","));
            boolean distributed = ShardKeys.PER_CONNECTION.contains(referenced);
            boolean reference = ShardKeys.REFERENCE.contains(referenced);
            int at = columns.indexOf("connection_id");
            if (distributed && (at < 0 || !"connection_id".equals(referencedColumns.get(at)))) {
                offending.add(key.get(0) + ": " + table + " (" + key.get(3) + ") -> " + referenced + " ("
                        + key.get(4) + ")");
            }
            if (!distributed && !reference) {
                offending.add(key.get(0) + ": " + table + " -> " + referenced + ", neither per-connection nor a "
                        + "reference table");
            }
        }
        assertEquals(List.of(), offending, "foreign keys a distributed per-connection table cannot keep");
    }

    private static List<List<String>> rows(String sql, int columns) throws SQLException {
        TestDatabases.Coordinates db = TestDatabases.coordinates();
        TestDatabases.postgres(); // migrated
        List<List<String>> rows = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password());
             PreparedStatement statement = connection.prepareStatement(sql);
             ResultSet result = statement.executeQuery()) {
            while (result.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    row.add(result.getString(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }
}
