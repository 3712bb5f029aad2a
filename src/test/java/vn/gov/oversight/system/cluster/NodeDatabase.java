package vn.gov.oversight.system.cluster;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import vn.gov.oversight.support.ApplicationNode;
import vn.gov.oversight.support.Http;

/**
 * What the cluster and fault tests read from the nodes' database (plain JDBC from the
 * test's JVM, which runs no application of its own) and the world they set up through a
 * node's API: agencies and a plan whose every acknowledgement step is overdue as soon as
 * it is rolled out (the nodes run with a ladder of seconds).
 */
final class NodeDatabase {

    static final String COORDINATOR = "canbo.so-ldtbxh";

    /**
     * The nodes' ladder: a step is due a second after it starts, its whole ladder has
     * passed a second later.
     */
    static final Map<String, String> LADDER_OF_SECONDS = Map.of("oversight.deadlines.acknowledge-within", "PT1S",
            "oversight.escalation.reminder-before", "PT1S", "oversight.escalation.escalate-after", "PT1S");

    private final String url;

    NodeDatabase(String url) {
        this.url = url;
    }

    String url() {
        return url;
    }

    /** A single number; -1 when the database cannot be reached. */
    long count(String sql, Object... parameters) {
        try (Connection connection = DriverManager.getConnection(url, "postgres", "");
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
        catch (SQLException unreachable) {
            return -1;
        }
    }

    List<Map<String, Object>> rows(String sql, Object... parameters) {
        try (Connection connection = DriverManager.getConnection(url, "postgres", "");
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            List<Map<String, Object>> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    Map<String, Object> row = new HashMap<>();
                    for (int column = 1; column <= result.getMetaData().getColumnCount(); column++) {
                        row.put(result.getMetaData().getColumnLabel(column), result.getObject(column));
                    }
                    rows.add(row);
                }
            }
            return rows;
        }
        catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    // --- the world, through a node's API

    static List<String> createAgencies(ApplicationNode node, String prefix, int count) {
        Http admin = Http.as(node.port(), "admin", ApplicationNode.ADMIN_PASSWORD);
        List<String> codes = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            String code = String.format(Locale.ROOT, "%s-%03d", prefix, i);
            Http.Response agency = admin.post("/api/agencies", Map.of("code", code, "name",
                    "UBND xã Thử cụm " + prefix + " " + i, "kind", "LOCAL_COMMITTEE", "validFrom", "2021-01-01"));
            if (agency.status() != 201) {
                throw new AssertionError("Agency " + code + ": " + agency.status() + " " + agency.body());
            }
            codes.add(code);
        }
        return codes;
    }

    /**
     * A plan of {@code tasks} tasks, each led by every one of {@code agencies}: tasks ×
     * agencies assignments.
     */
    static Map<String, Object> plan(String code, int tasks, List<String> agencies) {
        List<Map<String, Object>> planTasks = new ArrayList<>();
        for (int t = 1; t <= tasks; t++) {
            planTasks.add(Map.of("code", String.valueOf(t), "title", "Nhiệm vụ thử cụm số " + t, "leadAgencies",
                    agencies, "dueDate", LocalDate.now().plusDays(60 + t).toString()));
        }
        return Map.of("code", code, "title", "Kế hoạch thử cụm " + code, "issuingBody", "ubnd-tinh", "issuedOn",
                LocalDate.now().toString(), "tasks", planTasks);
    }

}
