package dev.pms.platform.web;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.TransactionSystemException;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/** Tells an unreachable database (which clears by itself: 503) from a bug (500). */
public final class DatabaseFailures {
    private DatabaseFailures() {
    }

    public static boolean isUnavailable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DataAccessResourceFailureException || t instanceof SQLTransientConnectionException
                    || t instanceof ConnectException) {
                return true;
            }
            // a failed rollback on a dead connection hides the failure that caused it
            if (t instanceof TransactionSystemException rollback && rollback.getApplicationException() != null
                    && isUnavailable(rollback.getApplicationException())) {
                return true;
            }
            // 08: connection exception; 57P01-57P03: the server is shutting down or starting up
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P0"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether every connection of a pool stayed in use for the pool's whole connection timeout while the
     * database itself answered: Hikari then names no failed connection attempt as the cause.
     */
    public static boolean isPoolBusy(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException timeout && timeout.getCause() == null) {
                return true;
            }
        }
        return false;
    }
}
