package dev.inboundscim.adapter.out.postgres;

import java.sql.SQLException;
import java.util.Optional;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/** Recognises PostgreSQL errors (by SQLState) inside the exceptions DbClient wraps them in. */
final class SqlErrors {

    static final String UNIQUE_VIOLATION = "23505";
    static final String FOREIGN_KEY_VIOLATION = "23503";
    /** A NUL character: 22P05 inside a {@code jsonb} string, 22021 in a {@code text} value. */
    static final String UNTRANSLATABLE_CHARACTER = "22P05";
    static final String CHARACTER_NOT_IN_REPERTOIRE = "22021";

    private SqlErrors() {
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
}
