package dev.inboundscim.adapter.out.postgres;

import io.helidon.dbclient.DbClient;
import io.helidon.dbclient.DbExecute;
import io.helidon.dbclient.DbRow;
import io.helidon.dbclient.DbTransaction;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Thin helpers over Helidon DbClient: every query stream is closed (so its connection returns to the pool), every
 * parameter is bound by index, and a transaction commits only when its work returns normally.
 */
final class Db {

    /**
     * Sees the text of every statement before it runs, when set: the tests check with it that every statement on a
     * per-connection table names its connection (docs/scaling.md). Null in production.
     */
    private static volatile Consumer<String> observer;

    private final DbClient client;

    Db(DbClient client) {
        this.client = client;
    }

    /** Statements outside a transaction (auto-commit). */
    DbExecute execute() {
        return client.execute();
    }

    /** Runs {@code work} in one transaction: committed when it returns, rolled back when it throws. */
    <T> T inTransaction(Function<DbTransaction, T> work) {
        DbTransaction transaction = client.transaction();
        T result;
        try {
            result = work.apply(transaction);
        } catch (RuntimeException | Error e) {
            rollbackQuietly(transaction, e);
            throw e;
        }
        transaction.commit();
        return result;
    }

    /**
     * Runs {@code work} in one transaction whose commit does not wait for its WAL to reach the disk
     * ({@code synchronous_commit} off): for bookkeeping that a crash of the database may only set back, such as a
     * delivery's acknowledgement (the events go again: at least once still holds) or a lease. Its changes are
     * visible to every session at once, like any commit's; the WAL writer flushes them within a few hundred
     * milliseconds. Every such commit spared a flush is one fewer the writes wait behind.
     */
    <T> T inLazyTransaction(Function<DbTransaction, T> work) {
        return inTransaction(transaction -> {
            dml(transaction, "SET LOCAL synchronous_commit = off", List.of());
            return work.apply(transaction);
        });
    }

    /**
     * Binds {@code params} in order. Callers pass a {@code List}, never varargs, because a lone {@code String[]}
     * parameter (a PostgreSQL {@code text[]}) would otherwise be spread into separate parameters.
     */
    static <T> List<T> query(DbExecute execute, String sql, Function<DbRow, T> mapper, List<?> params) {
        observe(sql);
        try (Stream<DbRow> rows = execute.createNamedQuery(name(sql), sql).params(params).execute()) {
            return rows.map(mapper).toList();
        }
    }

    static <T> Optional<T> first(DbExecute execute, String sql, Function<DbRow, T> mapper, List<?> params) {
        return query(execute, sql, mapper, params).stream().findFirst();
    }

    static long dml(DbExecute execute, String sql, List<?> params) {
        observe(sql);
        return execute.createNamedDmlStatement(name(sql), sql).params(params).execute();
    }

    /** Installs (or, with null, removes) the observer of every statement of every store of this JVM. */
    static void observeStatements(Consumer<String> statements) {
        observer = statements;
    }

    private static void observe(String sql) {
        Consumer<String> current = observer;
        if (current != null) {
            current.accept(sql);
        }
    }

    /**
     * The statement's name for DbClient's logs and tracing. Unnamed statements are named by DbClient with a SHA-256 of
     * their text on every execution, which showed in profiles; the text's hash code is cached by the String.
     */
    private static String name(String sql) {
        return "sql-" + Integer.toHexString(sql.hashCode());
    }

    /** A parameter list that may hold nulls (which {@code List.of} refuses). */
    static List<Object> params(Object... values) {
        return Arrays.asList(values);
    }

    private static void rollbackQuietly(DbTransaction transaction, Throwable cause) {
        try {
            transaction.rollback();
        } catch (RuntimeException rollbackFailure) {
            cause.addSuppressed(rollbackFailure);
        }
    }
}
