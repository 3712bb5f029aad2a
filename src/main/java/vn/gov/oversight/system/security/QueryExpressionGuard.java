package vn.gov.oversight.system.security;

import java.io.ByteArrayInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Camunda 7.24 CE evaluates expressions inside {@code orQueries} of task queries even
 * though ad-hoc expressions are switched off, which lets any logged-in user run code (a
 * published vulnerability, fixed only in enterprise patches). The rule itself lives in
 * the engine ({@code vn.gov.oversight.system.engine.EngineGuardPlugin}), whatever the
 * transport; this filter is the first line, in front of both REST surfaces (the REST API
 * and the web apps' API) and refuses, with 400 and before anything is evaluated, every
 * request that carries an expression ({@code ${...}} or {@code #{...}}) in a query
 * parameter or anywhere in its body.
 * <p>
 * Two kinds of request are treated differently:
 * <ul>
 * <li>saving a stored filter ({@code POST .../filter/create}, {@code PUT
 * .../filter/{id}}) may carry only the harmless built-ins {@code currentUser()},
 * {@code currentUserGroups()}, {@code now()} and {@code dateTime()} (with date
 * arithmetic);</li>
 * <li>a body is read as the REST layer will read it (see {@link #inspectBody}); one that
 * cannot be read is refused;</li>
 * <li>commands that carry process data, never evaluated (completing a task, starting a
 * process, setting variables, correlating a message), deployments (administrators only,
 * and models are full of expressions) and logins are let through.</li>
 * </ul>
 */
class QueryExpressionGuard extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(QueryExpressionGuard.class);

    private static final Pattern EXPRESSION = Pattern.compile("[$#]\\s*\\{");

    private static final Pattern ALLOWED_FILTER_EXPRESSION = Pattern
        .compile("[$#]\\{\\s*(currentUser\\(\\)|currentUserGroups\\(\\)|now\\(\\)"
                + "|dateTime\\(\\)(\\s*\\.\\s*((plus|minus)(Years|Months|Weeks|Days|Hours|Minutes|Seconds)"
                + "\\(\\s*-?\\d{1,6}\\s*\\)|withTimeAtStartOfDay\\(\\)|toDate\\(\\)))*)\\s*}");

    private static final Pattern STORED_FILTER = Pattern.compile(".*/filter(/create|/[^/]+)$");

    /** Requests carrying data or code that is never evaluated as a query expression. */
    private static final Pattern NOT_A_QUERY = Pattern
        .compile(".*(/deployment/create|/redeploy|/task/[^/]+/(complete|submit-form|resolve)"
                + "|/(start|submit-form)|/(variables|localVariables)(/.*)?|/message|/signal"
                + "|/auth/user/.*|/user/create|/user/[^/]+/credentials|/setup/.*)$");

    private static final int MAX_BODY_BYTES = 10 * 1024 * 1024;

    private final ObjectMapper objectMapper;

    QueryExpressionGuard(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (NOT_A_QUERY.matcher(path).matches()) {
            chain.doFilter(request, response);
            return;
        }
        Optional<String> refusal = inspectQueryString(request.getQueryString());
        HttpServletRequest forwarded = request;
        if (refusal.isEmpty() && hasInspectableBody(request)) {
            byte[] body = request.getInputStream().readNBytes(MAX_BODY_BYTES + 1);
            if (body.length > MAX_BODY_BYTES) {
                refuse(response, request, "Nội dung yêu cầu quá lớn để kiểm tra", HttpStatus.PAYLOAD_TOO_LARGE);
                return;
            }
            boolean storedFilter = STORED_FILTER.matcher(path).matches()
                    && ("POST".equals(request.getMethod()) || "PUT".equals(request.getMethod()))
                    && !path.endsWith("/list") && !path.endsWith("/count") && !path.endsWith("/singleResult");
            refusal = inspectBody(body, request.getContentType(), storedFilter);
            forwarded = new CachedBodyRequest(request, body);
        }
        if (refusal.isPresent()) {
            log.warn("Refused {} {} from {}: {}", request.getMethod(), path, request.getRemoteAddr(), refusal.get());
            refuse(response, request, refusal.get(), HttpStatus.BAD_REQUEST);
            return;
        }
        chain.doFilter(forwarded, response);
    }

    private static Optional<String> inspectQueryString(String queryString) {
        if (queryString == null) {
            return Optional.empty();
        }
        for (String pair : queryString.split("&")) {
            String decoded = decode(pair);
            if (EXPRESSION.matcher(decoded).find()) {
                String name = decoded.contains("=") ? decoded.substring(0, decoded.indexOf('=')) : decoded;
                return Optional.of(adHocRefusal(name));
            }
        }
        return Optional.empty();
    }

    /**
     * Reads the body the way the layer behind will: Camunda's REST resources bind JSON
     * with Jackson from the raw bytes, which detects UTF-8, UTF-16 and UTF-32 with or
     * without a byte-order mark whatever charset the header names; forms are decoded with
     * the charset of their header. What cannot be read so is refused rather than let
     * through unread.
     */
    private Optional<String> inspectBody(byte[] body, String contentType, boolean storedFilter) {
        if (body.length == 0) {
            return Optional.empty();
        }
        if (contentType != null && contentType.toLowerCase().startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE)) {
            return inspectQueryString(new String(body, charsetOf(contentType)));
        }
        JsonNode json;
        try {
            json = objectMapper.readTree(body);
        }
        catch (IOException | RuntimeException unreadable) {
            return Optional.of("Nội dung yêu cầu không đọc được: cần JSON hợp lệ (UTF-8, UTF-16 hoặc UTF-32)");
        }
        return inspectJson(json, "", storedFilter);
    }

    private static Charset charsetOf(String contentType) {
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            return type.getCharset() != null ? type.getCharset() : StandardCharsets.UTF_8;
        }
        catch (RuntimeException unknownCharset) {
            return StandardCharsets.UTF_8;
        }
    }

    private static Optional<String> inspectJson(JsonNode node, String path, boolean storedFilter) {
        if (node == null) {
            return Optional.empty();
        }
        if (node.isTextual()) {
            String value = node.textValue();
            if (!EXPRESSION.matcher(value).find()) {
                return Optional.empty();
            }
            if (storedFilter && ALLOWED_FILTER_EXPRESSION.matcher(value.trim()).matches()) {
                return Optional.empty();
            }
            return Optional.of(storedFilter
                    ? "Bộ lọc chỉ được dùng các biểu thức currentUser(), currentUserGroups(), now(), dateTime(); "
                            + "biểu thức ở '" + path + "' không được phép"
                    : adHocRefusal(path));
        }
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext();) {
                Map.Entry<String, JsonNode> field = fields.next();
                String fieldPath = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
                if (EXPRESSION.matcher(field.getKey()).find()) {
                    return Optional.of(adHocRefusal(fieldPath));
                }
                Optional<String> refusal = inspectJson(field.getValue(), fieldPath, storedFilter);
                if (refusal.isPresent()) {
                    return refusal;
                }
            }
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                Optional<String> refusal = inspectJson(node.get(i), path + "[" + i + "]", storedFilter);
                if (refusal.isPresent()) {
                    return refusal;
                }
            }
        }
        return Optional.empty();
    }

    private static String adHocRefusal(String where) {
        return "Truy vấn không được chứa biểu thức (${...} hoặc #{...}); biểu thức ở '" + where + "' bị từ chối";
    }

    private static boolean hasInspectableBody(HttpServletRequest request) {
        String method = request.getMethod();
        if (!"POST".equals(method) && !"PUT".equals(method) && !"PATCH".equals(method) && !"DELETE".equals(method)) {
            return false;
        }
        String contentType = request.getContentType();
        // Multipart bodies only go to deployments and file variables, both let through
        // above.
        return contentType == null || !contentType.startsWith(MediaType.MULTIPART_FORM_DATA_VALUE);
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        }
        catch (IllegalArgumentException malformed) {
            return text;
        }
    }

    private void refuse(HttpServletResponse response, HttpServletRequest request, String detail, HttpStatus status)
            throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle("Truy vấn bị từ chối");
        response.setStatus(status.value());
        response.setCharacterEncoding("UTF-8");
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        // Camunda's REST clients read "type" and "message".
        problem.setProperty("message", detail);
        objectMapper.writeValue(response.getOutputStream(), problem);
    }

    /** Serves the body that was read for inspection to whatever comes next. */
    private static final class CachedBodyRequest extends HttpServletRequestWrapper {

        private final byte[] body;

        CachedBodyRequest(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("Synchronous reading only");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }

    }

}
