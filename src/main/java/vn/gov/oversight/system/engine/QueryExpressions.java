package vn.gov.oversight.system.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.AbstractQuery;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.query.Query;

/**
 * Which expressions a query may carry. An ad hoc query (REST, web apps, Java API) carries
 * none. A stored filter may carry only the harmless built-ins Tasklist needs:
 * {@code currentUser()}, {@code currentUserGroups()}, {@code now()} and
 * {@code dateTime()} with date arithmetic. Every or-query of a task query is looked at as
 * well: Camunda 7.24 CE evaluates those without its own ad hoc check.
 */
public final class QueryExpressions {

    private static final Pattern ALLOWED_IN_FILTER = Pattern
        .compile("[$#]\\{\\s*(currentUser\\(\\)|currentUserGroups\\(\\)|now\\(\\)"
                + "|dateTime\\(\\)(\\s*\\.\\s*((plus|minus)(Years|Months|Weeks|Days|Hours|Minutes|Seconds)"
                + "\\(\\s*-?\\d{1,6}\\s*\\)|withTimeAtStartOfDay\\(\\)|toDate\\(\\)))*)\\s*}");

    private QueryExpressions() {
    }

    /** True for the expressions a stored filter may keep. */
    public static boolean allowedInFilter(String expression) {
        return expression != null && ALLOWED_IN_FILTER.matcher(expression.trim()).matches();
    }

    /**
     * Refuses an ad hoc query that carries any expression, in itself or in one of its
     * or-queries.
     */
    static void refuseAny(Query<?, ?> query) {
        List<String> fields = expressionFields(query, false);
        if (!fields.isEmpty()) {
            throw new BadUserRequestException("Truy vấn không được chứa biểu thức (${...} hoặc #{...}); "
                    + "biểu thức ở " + String.join(", ", fields) + " bị từ chối");
        }
    }

    /**
     * Refuses a stored filter's query that carries an expression other than the allowed
     * built-ins.
     */
    static void refuseUnlessAllowedInFilter(Query<?, ?> query) {
        List<String> fields = expressionFields(query, true);
        if (!fields.isEmpty()) {
            throw new BadUserRequestException("Bộ lọc chỉ được dùng các biểu thức currentUser(), "
                    + "currentUserGroups(), now(), dateTime(); biểu thức ở " + String.join(", ", fields)
                    + " không được phép");
        }
    }

    private static List<String> expressionFields(Query<?, ?> query, boolean filterBuiltInsAllowed) {
        List<String> fields = new ArrayList<>();
        if (!(query instanceof AbstractQuery<?, ?> abstractQuery)) {
            return fields;
        }
        collect(abstractQuery.getExpressions(), "", filterBuiltInsAllowed, fields);
        if (query instanceof TaskQueryImpl taskQuery && taskQuery.getQueries() != null) {
            List<TaskQueryImpl> orQueries = taskQuery.getQueries();
            for (int i = 0; i < orQueries.size(); i++) {
                if (orQueries.get(i) != taskQuery) {
                    collect(orQueries.get(i).getExpressions(), "orQueries[" + (i - 1) + "].", filterBuiltInsAllowed,
                            fields);
                }
            }
        }
        return fields;
    }

    private static void collect(Map<String, String> expressions, String prefix, boolean filterBuiltInsAllowed,
            List<String> fields) {
        if (expressions == null) {
            return;
        }
        expressions.forEach((field, expression) -> {
            if (!filterBuiltInsAllowed || !allowedInFilter(expression)) {
                fields.add("'" + prefix + field + "'");
            }
        });
    }

}
