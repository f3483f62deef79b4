package se.samordna.web;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.IdentityHashMap;
import java.util.Map;
import org.hibernate.exception.JDBCConnectionException;

/**
 * Recognises the failures a request meets while PostgreSQL is gone, restarting or too slow, or when it aborts a
 * transaction to let a concurrent one go on, wherever they surface (Hibernate, the transaction manager, the connection
 * pool): they are answered 503 with {@code Retry-After}, since asking again later succeeds, never 500.
 */
public final class DatabaseUnavailable {

    /** What a caller may do when the database is gone: the same request a little later. */
    public enum Kind {
        /** No connection: PostgreSQL is down, restarting, refusing connections, or the pool found none in time. */
        UNREACHABLE,
        /** A statement ran longer than the statement timeout and PostgreSQL cancelled it (SQLState 57014). */
        TOO_SLOW,
        /**
         * PostgreSQL aborted the transaction to let a concurrent one go on: it found the two waiting for each other
         * (deadlock_detected, 40P01) or could not serialize them (serialization_failure, 40001). Sent again, the
         * change meets the other one committed.
         */
        CONTENDED
    }

    /**
     * Agroal's message when no connection became free within the acquisition timeout; it gives no SQLState, so its
     * text is the only sign (io.agroal.pool.ConnectionPool, Agroal 3).
     */
    static final String ACQUISITION_TIMEOUT = "Sorry, acquisition timeout!";

    private DatabaseUnavailable() {
    }

    /** The kind of outage that caused {@code failure}, or null when it is something else. */
    public static Kind of(Throwable failure) {
        return find(failure, new IdentityHashMap<>());
    }

    private static Kind find(Throwable failure, Map<Throwable, Boolean> seen) {
        if (failure == null || seen.put(failure, Boolean.TRUE) != null) {
            return null;
        }
        Kind kind = classify(failure);
        if (kind != null) {
            return kind;
        }
        kind = find(failure.getCause(), seen);
        // the transaction manager reports a failed commit's cause as suppressed or as the next SQLException
        for (Throwable suppressed : failure.getSuppressed()) {
            kind = kind != null ? kind : find(suppressed, seen);
        }
        if (kind == null && failure instanceof SQLException sql) {
            kind = find(sql.getNextException(), seen);
        }
        return kind;
    }

    private static Kind classify(Throwable failure) {
        if (failure instanceof JDBCConnectionException || failure instanceof SQLTransientConnectionException
                || failure instanceof SQLNonTransientConnectionException || failure instanceof SQLRecoverableException) {
            return Kind.UNREACHABLE;
        }
        if (failure instanceof SQLException sql) {
            String state = sql.getSQLState();
            if (state == null) {
                return ACQUISITION_TIMEOUT.equals(sql.getMessage()) ? Kind.UNREACHABLE : null;
            }
            return switch (state) {
                // query_canceled: the statement timeout (also a cancel request, which the API never sends)
                case "57014" -> Kind.TOO_SLOW;
                case "40P01", "40001" -> Kind.CONTENDED;
                // admin_shutdown, crash_shutdown, cannot_connect_now (starting up or shutting down)
                case "57P01", "57P02", "57P03" -> Kind.UNREACHABLE;
                // too_many_connections: PostgreSQL's max_connections are taken (by other clients or instances)
                case "53300" -> Kind.UNREACHABLE;
                // class 08: connection exception (refused, broken, lost)
                default -> state.startsWith("08") ? Kind.UNREACHABLE : null;
            };
        }
        return null;
    }
}
