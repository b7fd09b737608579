package io.fruition.shared;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.function.Supplier;

import org.hibernate.exception.JDBCConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Whether a failure means the database is away (stopped, restarting, unreachable), so that every route can say
 * "try again shortly" (503) instead of reporting an error, and parts of a page that only decorate it can do
 * without it meanwhile. Connections come back by themselves once it is back.
 */
public final class Outages {

    /** After an outage is seen, reads that only decorate a page are skipped this long, instead of each waiting. */
    private static final long QUIET_MILLIS = 10_000;
    private static volatile long lastSeen;

    private Outages() {
    }

    public static boolean databaseUnavailable(Throwable thrown) {
        if (isAnOutage(thrown)) {
            lastSeen = System.currentTimeMillis();
            return true;
        }
        return false;
    }

    private static boolean isAnOutage(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof SQLRecoverableException || cause instanceof ConnectException
                    || cause instanceof CannotCreateTransactionException
                    || cause instanceof DataAccessResourceFailureException
                    || cause instanceof JDBCConnectionException) {
                return true;
            }
            // The pool's connection that the outage broke, met while rolling back.
            if (cause instanceof SQLException && "Connection is closed".equals(cause.getMessage())) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * What {@code read} gives, or the fallback while the database is away: for what only decorates a page (a count
     * in the shell), which should neither fail the page nor make it wait for the pool's timeout again and again.
     */
    public static <T> T orWhileAway(Supplier<T> read, T fallback) {
        if (System.currentTimeMillis() - lastSeen < QUIET_MILLIS) {
            return fallback;
        }
        try {
            return read.get();
        } catch (RuntimeException e) {
            if (databaseUnavailable(e)) {
                return fallback;
            }
            throw e;
        }
    }
}
