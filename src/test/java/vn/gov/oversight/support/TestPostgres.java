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
 * A throw-away PostgreSQL server for the integration tests, started once per JVM from
 * Debian's server binaries ({@code /usr/lib/postgresql/<version>/bin}) on a free loopback
 * port, with its data in a temporary folder, and stopped when the JVM exits.
 * {@code initdb} refuses to run as root, so as root the server runs as user
 * {@code postgres} (through {@code runuser}). Set {@code OVERSIGHT_TEST_DB_URL} (and
 * {@code _USER}, {@code _PASSWORD}) to use an existing server instead.
 * <p>
 * A test that stops its database (the restart test) starts a {@link Server} of its own
 * instead, which it stops and starts as it likes; the suite's shared server is never
 * stopped. A test that needs an empty database on the shared server (the nodes of the
 * cluster test) gets one from {@link #newDatabase}, and a test that needs a fresh server
 * (a restore) starts a {@link Server} too.
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
            connection = url != null && !url.isBlank() ? new Connection(url,
                    envOr("OVERSIGHT_TEST_DB_USER", "postgres"), envOr("OVERSIGHT_TEST_DB_PASSWORD", "")) : start();
        }
        return connection;
    }

    private static Connection start() {
        return startServer().connection();
    }

    /**
     * A new empty database on the suite's server, for applications started outside this
     * JVM that must not share the suite's tables; its URL is returned.
     */
    public static String newDatabase(String name) {
        Connection shared = connection();
        try (java.sql.Connection admin = java.sql.DriverManager.getConnection(shared.url(), shared.username(),
                shared.password()); java.sql.Statement statement = admin.createStatement()) {
            statement.execute("drop database if exists " + name + " with (force)");
            statement.execute("create database " + name);
        }
        catch (java.sql.SQLException e) {
            throw new IllegalStateException("Could not create database " + name, e);
        }
        return shared.url().substring(0, shared.url().lastIndexOf('/') + 1) + name;
    }

    /**
     * A server of its own on a free port, which the caller may stop and start again (on
     * the same port and data); it is stopped and removed by {@link Server#close()}, or at
     * the latest when this JVM has gone.
     */
    public static Server startServer() {
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
            run(asServerUser(root, bin.resolve("initdb").toString(), "-D", data.toString(), "-U", "postgres", "-A",
                    "trust", "-E", "UTF8", "--no-locale", "--no-sync"));
            Server server = new Server(bin, root, dir, port);
            server.start();
            // Stopped by a watchdog once this JVM has gone, so that the application's own
            // shutdown
            // (the job executor, the connection pool) still finds its database.
            new ProcessBuilder("sh", "-c",
                    "while kill -0 " + ProcessHandle.current().pid() + " 2>/dev/null; do sleep 1; done; "
                            + server.stopCommand("immediate") + " >/dev/null 2>&1; rm -rf " + dir)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
            return server;
        }
        catch (IOException e) {
            throw new IllegalStateException("Could not start the test PostgreSQL server", e);
        }
    }

    /**
     * A PostgreSQL server of a test's own: its connection, and stop and start as an
     * operator would.
     */
    public static final class Server implements AutoCloseable {

        private final Path bin;

        private final boolean root;

        private final Path dir;

        private final int port;

        private Server(Path bin, boolean root, Path dir, int port) {
            this.bin = bin;
            this.root = root;
            this.dir = dir;
            this.port = port;
        }

        public Connection connection() {
            return new Connection("jdbc:postgresql://127.0.0.1:" + port + "/postgres", "postgres", "");
        }

        public int port() {
            return port;
        }

        /** The JDBC URL of another database on this server. */
        public String url(String database) {
            return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
        }

        /** Starts the server and waits until it accepts connections. */
        public void start() {
            try {
                run(asServerUser(root, bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-w",
                        "-t", "60", "-l", dir.resolve("server.log").toString(), "-o",
                        "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c fsync=off"
                                + " -c synchronous_commit=off -c full_page_writes=off -c max_connections=100",
                        "start"));
            }
            catch (IOException e) {
                throw new IllegalStateException("Could not start the PostgreSQL server on port " + port, e);
            }
        }

        /**
         * Stops the server as {@code pg_ctl stop} does by default ("fast": open
         * transactions are rolled back, connections closed) and waits until it has
         * stopped.
         */
        public void stop() {
            try {
                run(List.of("sh", "-c", stopCommand("fast")));
            }
            catch (IOException e) {
                throw new IllegalStateException("Could not stop the PostgreSQL server on port " + port, e);
            }
        }

        private String stopCommand(String mode) {
            return String.join(" ", asServerUser(root, bin.resolve("pg_ctl").toString(), "-D",
                    dir.resolve("data").toString(), "-w", "-t", "60", "-m", mode, "stop"));
        }

        @Override
        public void close() {
            try {
                new ProcessBuilder("sh", "-c", stopCommand("immediate") + " >/dev/null 2>&1; rm -rf " + dir)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start()
                    .waitFor(60, TimeUnit.SECONDS);
            }
            catch (IOException e) {
                throw new IllegalStateException(e);
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
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
                .max(Comparator.comparing(
                        bin -> Integer.parseInt(bin.getParent().getFileName().toString().replaceAll("\\D", "0"))))
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
        }
        catch (InterruptedException e) {
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
