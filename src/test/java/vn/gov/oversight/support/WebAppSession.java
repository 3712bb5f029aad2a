package vn.gov.oversight.support;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * A person logged in to Camunda's web apps as a browser is: session cookie and CSRF
 * token.
 */
public final class WebAppSession {

    private final HttpClient browser;

    private final String base;

    private final String token;

    private WebAppSession(HttpClient browser, String base, String token) {
        this.browser = browser;
        this.base = base;
        this.token = token;
    }

    public static WebAppSession logIn(int port, String user, String password) {
        CookieManager cookies = new CookieManager();
        HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();
        String base = "http://localhost:" + port + "/camunda";
        send(browser, HttpRequest.newBuilder(URI.create(base + "/app/tasklist/default/")).GET().build());
        String csrf = token(cookies, null);
        HttpResponse<String> login = send(browser,
                HttpRequest.newBuilder(URI.create(base + "/api/admin/auth/user/default/login/tasklist"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("X-XSRF-TOKEN", csrf)
                    .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + password))
                    .build());
        if (login.statusCode() != 200) {
            throw new IllegalStateException("Web app login of " + user + " answered " + login.statusCode());
        }
        // the web apps issue a new CSRF token with the new session, on its first read
        send(browser, HttpRequest.newBuilder(URI.create(base + "/api/engine/engine/")).GET().build());
        return new WebAppSession(browser, base, token(cookies, csrf));
    }

    /**
     * The same browser (its session cookie and CSRF token) on another node of a cluster,
     * at {@code port}.
     */
    public WebAppSession at(int port) {
        return new WebAppSession(browser, "http://localhost:" + port + "/camunda", token);
    }

    /** A request to the web apps' API ({@code path} below {@code /camunda/api}). */
    public Http.Response send(String method, String path, byte[] body, String contentType) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/api" + path))
            .header("X-XSRF-TOKEN", token)
            .method(method,
                    body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        HttpResponse<String> response = send(browser, request.build());
        return new Http.Response(response.statusCode(), response.body(),
                response.headers().firstValue("Content-Type").orElse(""));
    }

    public Http.Response postJson(String path, String json) {
        return send("POST", path, json.getBytes(StandardCharsets.UTF_8), "application/json");
    }

    private static String token(CookieManager cookies, String fallback) {
        return cookies.getCookieStore()
            .getCookies()
            .stream()
            .filter(cookie -> cookie.getName().equals("XSRF-TOKEN"))
            .map(HttpCookie::getValue)
            .reduce((first, last) -> last)
            .orElse(fallback);
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest request) {
        return Http.exchange(client, request);
    }

}
