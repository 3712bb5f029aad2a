package vn.gov.oversight.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser's session on the oversight pages without the browser: cookies kept, the login
 * form posted with its CSRF token, redirects not followed (so a test sees where it is
 * sent).
 */
public final class PageSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final String base;

    private final HttpClient client;

    private PageSession(int port) {
        this(port,
                HttpClient.newBuilder()
                    .cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .connectTimeout(Duration.ofSeconds(10))
                    .build());
    }

    private PageSession(int port, HttpClient client) {
        this.base = "http://localhost:" + port;
        this.client = client;
    }

    /** The same browser (its cookies) on another node of a cluster, at {@code port}. */
    public PageSession at(int port) {
        return new PageSession(port, client);
    }

    public static PageSession anonymous(int port) {
        return new PageSession(port);
    }

    /** Logged in through the login form; fails the test when the form refuses. */
    public static PageSession logIn(int port, String user, String password) {
        PageSession session = new PageSession(port);
        Page answer = session.submitLogin(user, password);
        if (answer.status() != 302 || answer.location() == null || answer.location().contains("/login")) {
            throw new AssertionError("Login of " + user + " refused: " + answer.status() + " " + answer.location());
        }
        return session;
    }

    /** A demo user: every demo password is "demo". */
    public static PageSession logIn(int port, String user) {
        return logIn(port, user, "demo");
    }

    /**
     * Posts the login form as a person would, with the token of the form just fetched.
     */
    public Page submitLogin(String user, String password) {
        Matcher token = CSRF.matcher(get("/login").body());
        if (!token.find()) {
            throw new AssertionError("The login form has no CSRF token");
        }
        return post("/login", Map.of("username", user, "password", password, "_csrf", token.group(1)));
    }

    public Page get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
            .timeout(Duration.ofSeconds(60))
            .header("Accept", "text/html")
            .GET()
            .build());
    }

    public Page post(String path, Map<String, String> form) {
        String body = form.entrySet()
            .stream()
            .map(entry -> URLEncoder.encode(entry.getKey(), StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + path))
            .timeout(Duration.ofSeconds(60))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Accept", "text/html")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build());
    }

    /** The CSRF token of the form on the page at {@code path}. */
    public String csrf(String path) {
        Matcher token = CSRF.matcher(get(path).body());
        if (!token.find()) {
            throw new AssertionError("The page " + path + " has no CSRF token");
        }
        return token.group(1);
    }

    /**
     * Posts a form with a file, as a browser sends {@code enctype="multipart/form-data"}.
     */
    public Page postMultipart(String path, Map<String, String> fields, String fileName, byte[] content) {
        String boundary = "----page" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        fields.forEach((name, value) -> body.writeBytes(
                ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
                    .getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .header("Accept", "text/html")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
            .build());
    }

    public byte[] download(String path) {
        try {
            HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new AssertionError(path + " answered " + response.statusCode());
            }
            return response.body();
        }
        catch (IOException e) {
            throw new IllegalStateException(e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Page send(HttpRequest request) {
        try {
            HttpResponse<String> response = client.send(request,
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Page(response.statusCode(), response.body(),
                    response.headers().firstValue("Location").orElse(null),
                    response.headers().firstValue("Content-Security-Policy").orElse(null));
        }
        catch (IOException e) {
            throw new IllegalStateException(e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * An answer: its status, HTML, where it redirects and its content security policy.
     */
    public record Page(int status, String body, String location, String contentSecurityPolicy) {

        /**
         * The HTML of the table row (or card) carrying {@code attribute="value"}, or
         * null.
         */
        public String element(String attribute, String value) {
            int at = body.indexOf(attribute + "=\"" + value + "\"");
            if (at < 0) {
                return null;
            }
            int start = body.lastIndexOf('<', at);
            String tag = body.substring(start + 1, body.indexOf(' ', start)).trim();
            int end = body.indexOf("</" + tag + ">", at);
            return body.substring(start, end + tag.length() + 3);
        }

        /**
         * The number a board row shows for a count ({@code OPEN}, {@code OVERDUE}, …,
         * {@code ESCALATED}).
         */
        public static long count(String row, String count) {
            Matcher number = Pattern.compile("data-count=\"" + count + "\"[^>]*>(\\d+)<").matcher(row);
            if (!number.find()) {
                throw new AssertionError("No " + count + " in " + row);
            }
            return Long.parseLong(number.group(1));
        }

        /**
         * The first link of {@code html} whose address contains {@code part}, entities
         * decoded.
         */
        public static String link(String html, String part) {
            Matcher href = Pattern.compile("href=\"([^\"]*" + Pattern.quote(part.replace("&", "&amp;")) + "[^\"]*)\"")
                .matcher(html);
            return href.find() ? href.group(1).replace("&amp;", "&") : null;
        }
    }

}
