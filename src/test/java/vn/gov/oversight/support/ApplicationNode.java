package vn.gov.oversight.support;

import static org.awaitility.Awaitility.await;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The application in a JVM of its own, as an operator runs it
 * ({@code java -cp … OversightApplication
 * --spring.profiles.active=postgres}), on a database of the test's: a node of a cluster
 * that a test can kill with {@code kill -9} ({@link #kill()}). Its output goes to
 * {@code target/nodes/<name>.log}. Close it in a {@code finally} (or an
 * {@code @AfterEach}): a node that outlived its test would keep working on the database.
 */
public final class ApplicationNode implements AutoCloseable {

    /** The administrator's password on the nodes (the postgres profile requires one). */
    public static final String ADMIN_PASSWORD = "Thu-nut-2026-quan-tri";

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String name;

    private final int port;

    private final Process process;

    private final Path log;

    private ApplicationNode(String name, int port, Process process, Path log) {
        this.name = name;
        this.port = port;
        this.process = process;
        this.log = log;
    }

    /**
     * Starts a node on the database at {@code databaseUrl} with the demo directory (demo
     * logins, password "demo"), no demo plan, and {@code properties} on top (Spring
     * property names, without "--").
     */
    public static ApplicationNode start(String name, String databaseUrl, Map<String, String> properties) {
        try {
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            List<String> command = new ArrayList<>(
                    List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                            "-XX:+UseSerialGC", "-Duser.timezone=Asia/Ho_Chi_Minh", "-cp", applicationClasspath(),
                            "vn.gov.oversight.OversightApplication", "--spring.profiles.active=postgres,demo",
                            "--server.port=" + port, "--spring.datasource.url=" + databaseUrl,
                            "--spring.datasource.username=postgres", "--spring.datasource.password=",
                            "--oversight.demo.seed-plan=false", "--oversight.demo.seed-history=false",
                            "--spring.main.banner-mode=off"));
            Map<String, String> all = new LinkedHashMap<>();
            // the job executor's lock owner is read from the health details, unless the
            // test says otherwise
            all.put("management.endpoint.health.show-details", "always");
            all.putAll(properties);
            all.forEach((key, value) -> command.add("--" + key + "=" + value));
            Path log = Path.of("target", "nodes", name + ".log");
            Files.createDirectories(log.getParent());
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().put("OVERSIGHT_ADMIN_PASSWORD", ADMIN_PASSWORD);
            return new ApplicationNode(name, port, builder.start(), log);
        }
        catch (IOException e) {
            throw new IllegalStateException("Could not start node " + name, e);
        }
    }

    /** Waits (bounded, generously for a loaded machine) until the node answers UP. */
    public ApplicationNode awaitUp() {
        await("node " + name + " up").atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500)).until(() -> {
            if (!process.isAlive()) {
                throw new IllegalStateException("Node " + name + " stopped at start; see " + log);
            }
            return "UP".equals(health().path("status").asText());
        });
        return this;
    }

    public int port() {
        return port;
    }

    public String name() {
        return name;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** The lock owner of the node's job executor: the name its locks on jobs carry. */
    public String lockOwner() {
        return health().path("components")
            .path("jobExecutor")
            .path("details")
            .path("jobExecutor")
            .path("lockOwner")
            .asText();
    }

    /**
     * {@code /actuator/health} as JSON (status DOWN and no details when the node does not
     * answer in time).
     */
    public JsonNode health() {
        try {
            HttpResponse<String> response = CLIENT
                .send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                    .timeout(Duration.ofSeconds(10))
                    .GET()
                    .build(), HttpResponse.BodyHandlers.ofString());
            return JSON.readTree(response.body());
        }
        catch (IOException e) {
            return JSON.createObjectNode().put("status", "UNREACHABLE");
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * {@code kill -9}: the JVM gets no chance to release anything
     * (Process.destroyForcibly sends SIGKILL).
     */
    public void kill() {
        process.destroyForcibly();
        try {
            process.waitFor();
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            kill();
        }
    }

    /**
     * The application's runtime classpath: this JVM's test classpath without the test
     * classes, whose configurations component scanning would pick up.
     */
    private static String applicationClasspath() {
        return Arrays
            .stream(System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"))
                .split(File.pathSeparator))
            .filter(entry -> !entry.endsWith("test-classes"))
            .collect(Collectors.joining(File.pathSeparator));
    }

}
