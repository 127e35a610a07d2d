package dev.inboundscim.adapter.out.postgres;

import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.channels.ClosedByInterruptException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;
import java.util.Set;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/** Recognises PostgreSQL errors (by SQLState) inside the exceptions DbClient wraps them in. */
final class SqlErrors {

    static final String UNIQUE_VIOLATION = "23505";
    static final String FOREIGN_KEY_VIOLATION = "23503";
    static final String NOT_NULL_VIOLATION = "23502";
    /** A NUL character: 22P05 inside a {@code jsonb} string, 22021 in a {@code text} value. */
    static final String UNTRANSLATABLE_CHARACTER = "22P05";
    static final String CHARACTER_NOT_IN_REPERTOIRE = "22021";

    /** SQLState classes and codes that mean the database could not be reached or did not answer. */
    private static final String CONNECTION_EXCEPTION_CLASS = "08";
    private static final Set<String> UNAVAILABLE = Set.of(
            "57P01", // admin_shutdown
            "57P02", // crash_shutdown
            "57P03", // cannot_connect_now (starting up, in recovery)
            "53300", // too_many_connections
            "57014"); // query_canceled (a statement timeout)

    private SqlErrors() {
    }

    /**
     * Whether {@code failure} means PostgreSQL could not be reached or did not answer: a refused, broken or timed out
     * connection (SQLState class 08, the pool's timeout), a server shutting down or starting, an interrupted wait.
     */
    static boolean isUnavailable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof SocketException
                    || t instanceof SocketTimeoutException || t instanceof InterruptedException
                    || t instanceof ClosedByInterruptException) {
                return true;
            }
            if (t instanceof SQLException sql) {
                for (SQLException e = sql; e != null; e = e.getNextException()) {
                    String state = e.getSQLState();
                    if (state != null && (state.startsWith(CONNECTION_EXCEPTION_CLASS) || UNAVAILABLE.contains(state))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    static boolean is(Throwable failure, String sqlState) {
        return find(failure, sqlState).isPresent();
    }

    /** The name of the violated constraint, when the server reported one. */
    static Optional<String> constraint(Throwable failure, String sqlState) {
        return find(failure, sqlState)
                .filter(PSQLException.class::isInstance)
                .map(e -> ((PSQLException) e).getServerErrorMessage())
                .map(ServerErrorMessage::getConstraint);
    }

    private static Optional<SQLException> find(Throwable failure, String sqlState) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                for (SQLException e = sql; e != null; e = e.getNextException()) {
                    if (sqlState.equals(e.getSQLState())) {
                        return Optional.of(e);
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** The innermost cause's message on one line, for a failure reported in a single log or start-up line. */
    static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.replaceAll("\\s+", " ").strip();
    }
}
