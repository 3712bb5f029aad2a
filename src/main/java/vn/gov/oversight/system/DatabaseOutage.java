package vn.gov.oversight.system;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.transaction.TransactionSystemException;

/**
 * Whether a failure means that the database cannot be reached right now (stopped,
 * restarting, the network gone), rather than that the request or the code is wrong:
 * people are then told to try again shortly (503 with {@code Retry-After}) instead of
 * getting a server error. Read from the failure's causes (the JDBC driver's and the
 * connection pool's exceptions, whatever Spring, MyBatis or Camunda wrapped them in), or
 * from the text of an error answer that Camunda's REST layer has already written.
 */
public final class DatabaseOutage {

    /**
     * Seconds a person is asked to wait before trying again (the {@code Retry-After}
     * header).
     */
    public static final int RETRY_AFTER_SECONDS = 30;

    public static final String TITLE = "Hệ thống tạm thời gián đoạn";

    public static final String DETAIL = "Hệ thống đang tạm thời không kết nối được cơ sở dữ liệu, nên yêu cầu này"
            + " chưa được thực hiện. Xin thử lại sau ít phút; những gì đã lưu trước đó không bị mất.";

    /**
     * SQL states of a lost or refused connection: class 08 (connection exception) and
     * PostgreSQL's 57P01–57P03 (the server shutting down, crashing or starting up).
     */
    private static final Set<String> OPERATOR_STATES = Set.of("57P01", "57P02", "57P03");

    /**
     * What the pool and the driver say when the server is gone, as it reads in an error
     * body.
     */
    private static final Pattern MESSAGE = Pattern
        .compile("(?i)" + "Connection is not available, request timed out|Could not open JDBC Connection"
                + "|Connection to \\S+ refused|An I/O error occurred while sending to the backend"
                + "|terminating connection due to administrator command|This connection has been closed"
                + "|the database system is (shutting down|starting up|in recovery mode)");

    private DatabaseOutage() {
    }

    public static boolean isCause(Throwable failure) {
        int depth = 0;
        for (Throwable cause = failure; cause != null && depth < 30; cause = cause.getCause(), depth++) {
            if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof SQLRecoverableException || cause instanceof ConnectException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || OPERATOR_STATES.contains(sql.getSQLState()))) {
                return true;
            }
            // a rollback on a connection the server closed hides the failure that caused
            // it
            if (cause instanceof TransactionSystemException rollback && rollback.getApplicationException() != null
                    && isCause(rollback.getApplicationException())) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    /**
     * Whether the text of an error answer (Camunda's REST layer writes the exception's
     * message) says so.
     */
    public static boolean isMessage(String text) {
        return text != null && MESSAGE.matcher(text).find();
    }

}
