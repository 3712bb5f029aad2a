package vn.gov.oversight.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A throw-away PostgreSQL server for the integration tests, started once per JVM from Debian's server
 * binaries ({@code /usr/lib/postgresql/<version>/bin}) on a free loopback port, with its data in a
 * temporary folder, and stopped when the JVM exits. {@code initdb} refuses to run as root, so as root the
 * server runs as user {@code postgres} (through {@code runuser}). Set {@code OVERSIGHT_TEST_DB_URL}
 * (and {@code _USER}, {@code _PASSWORD}) to use an existing server instead. A test that needs a fresh server of
 * its own besides the shared one (a restore) starts one with {@link #startExtra()}.
 */
public final class TestPostgres {

    private static Connection connection;

    public record Connection(String url, String username, String password) {
    }

    private TestPostgres() {
    }

    public static synchronized Connection connection() {
        if (connection == null) {
            String url = System.getenv("OVERSIGHT_TEST_DB_URL");
            connection = url != null && !url.isBlank()
                    ? new Connection(url, envOr("OVERSIGHT_TEST_DB_USER", "postgres"),
                            envOr("OVERSIGHT_TEST_DB_PASSWORD", ""))
                    : start();
        }
        return connection;
    }

    private static Connection start() {
        return startServer().connection();
    }

    /**
     * A server of the caller's own, beside the suite's shared one (which it leaves alone): for a test that needs
     * a fresh server, such as a restore. Closing it stops the server and removes its data; should the test
     * never close it, it goes when the JVM does, as the shared one.
     */
    public static Server startExtra() {
        return startServer();
    }

    /** A running server: its connection (database {@code postgres}, superuser {@code postgres}), its binaries. */
    public record Server(Connection connection, Path binaries, int port, List<String> stopCommand, Path directory)
            implements AutoCloseable {

        /** The JDBC URL of another database on this server. */
        public String url(String database) {
            return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
        }

        @Override
        public void close() {
            try {
                run(stopCommand);
                run(List.of("rm", "-rf", directory.toString()));
            } catch (IOException e) {
                throw new IllegalStateException("Could not stop the PostgreSQL server on port " + port, e);
            }
        }
    }

    private static Server startServer() {
        try {
            Path bin = serverBinaries();
            boolean root = "root".equals(System.getProperty("user.name"));
            Path dir = Files.createTempDirectory("oversight-pg-");
            Path data = dir.resolve("data");
            if (root) {
                run(List.of("chown", "postgres:postgres", dir.toString()));
            }
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            run(asServerUser(root, bin.resolve("initdb").toString(), "-D", data.toString(), "-U", "postgres",
                    "-A", "trust", "-E", "UTF8", "--no-locale", "--no-sync"));
            run(asServerUser(root, bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-w", "-t", "60",
                    "-l", dir.resolve("server.log").toString(), "-o",
                    "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c fsync=off"
                            + " -c synchronous_commit=off -c full_page_writes=off -c max_connections=100",
                    "start"));
            // Stopped by a watchdog once this JVM has gone, so that the application's own shutdown
            // (the job executor, the connection pool) still finds its database.
            List<String> stop = asServerUser(root, bin.resolve("pg_ctl").toString(), "-D", data.toString(),
                    "-m", "immediate", "stop");
            new ProcessBuilder("sh", "-c", "while kill -0 " + ProcessHandle.current().pid()
                    + " 2>/dev/null; do sleep 1; done; " + String.join(" ", stop) + " >/dev/null 2>&1; rm -rf " + dir)
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return new Server(new Connection("jdbc:postgresql://127.0.0.1:" + port + "/postgres", "postgres", ""), bin,
                    port, stop, dir);
        } catch (IOException e) {
            throw new IllegalStateException("Could not start the test PostgreSQL server", e);
        }
    }

    private static Path serverBinaries() throws IOException {
        Path base = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(base)) {
            throw new IllegalStateException("PostgreSQL server binaries not found under " + base
                    + ": install Debian's postgresql package or set OVERSIGHT_TEST_DB_URL");
        }
        try (var versions = Files.list(base)) {
            return versions.map(version -> version.resolve("bin"))
                    .filter(bin -> Files.isExecutable(bin.resolve("initdb")))
                    .max(Comparator.comparing(bin -> Integer.parseInt(bin.getParent().getFileName().toString()
                            .replaceAll("\\D", "0"))))
                    .orElseThrow(() -> new IllegalStateException("No initdb under " + base));
        }
    }

    private static List<String> asServerUser(boolean root, String... command) {
        List<String> full = new ArrayList<>();
        if (root) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(Arrays.asList(command));
        return full;
    }

    private static void run(List<String> command) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output;
        try {
            output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("Timed out: " + command);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException("Failed (" + process.exitValue() + "): " + command + "\n" + output);
        }
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }
}
