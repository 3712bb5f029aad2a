package vn.gov.oversight.system.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.gov.oversight.system.DatabaseOutage;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * No error response tells a caller how the server is built: on the application's API and
 * on both of Camunda's REST surfaces, a server error (5xx) is answered with a problem
 * that says only that something went wrong and quotes an incident id; a refusal (4xx)
 * keeps its message unless the message quotes SQL, a table, a constraint, a class or a
 * stack, in which case it is replaced the same way. The original body is logged under the
 * incident id for the administrator.
 * <p>
 * Only error responses are held back (the status is known before the body is written);
 * successful ones stream through untouched. The health endpoint's own DOWN answer passes
 * as it is.
 * <p>
 * When the database cannot be reached ({@link DatabaseOutage}), every surface answers at
 * once with 503 and {@code Retry-After}: the APIs with a problem saying in Vietnamese to
 * try again shortly, the pages (which this filter otherwise leaves alone) with a readable
 * page saying the same.
 */
public class ErrorBodyShield extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(ErrorBodyShield.class);

    /** What an implementation detail looks like in a message. */
    static final Pattern LEAK = Pattern.compile("(?is)"
            + "\\b(select|insert|update|delete)\\b.{0,200}\\b(from|into|set|where)\\b"
            + "|\\bsql|jdbc|constraint|violates|duplicate key|\\bACT_[A-Z]{2}_|\\bparameter\\s*\\$\\d"
            + "|\\b(org|java|javax|jakarta|com|sun)\\.[a-z]+\\.[A-Za-z.$]+|\\.java:\\d+|\\bat [a-z]+\\.[a-z]"
            + "|[a-z]exception\\b|\\bexception:|caused by|stack ?trace|ENGINE-03\\d{3}|\\b(postgres|postgresql|h2|mybatis|hibernate)\\b"
            + "|\\b(relation|column|table)\\s+\"");

    private final ObjectMapper objectMapper;

    public ErrorBodyShield(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!isApi(request)) {
            try {
                chain.doFilter(request, response);
            }
            catch (IOException | ServletException | RuntimeException failure) {
                if (!DatabaseOutage.isCause(failure) || response.isCommitted()) {
                    throw failure;
                }
                logOutage(request, failure.toString());
                response.resetBuffer();
                writeOutagePage(response);
            }
            return;
        }
        HoldingErrors held = new HoldingErrors(response);
        try {
            chain.doFilter(request, held);
        }
        catch (IOException | ServletException | RuntimeException failure) {
            if (DatabaseOutage.isCause(failure) && !response.isCommitted()) {
                logOutage(request, failure.toString());
                response.resetBuffer();
                writeOutageProblem(response);
                return;
            }
            String incident = incidentId();
            log.error("Incident {}: {} {} failed", incident, request.getMethod(), request.getRequestURI(), failure);
            if (!response.isCommitted()) {
                response.resetBuffer();
                writeProblem(response, HttpStatus.INTERNAL_SERVER_ERROR.value(), null, incident);
                return;
            }
            throw failure;
        }
        if (!held.holding()) {
            return;
        }
        byte[] body = held.heldBody();
        int status = held.getStatus();
        String text = new String(body, StandardCharsets.UTF_8);
        if ((status < 500 || isHealth(request)) && !LEAK.matcher(readableText(body, text)).find()) {
            response.getOutputStream().write(body);
            return;
        }
        if (status >= 500 && DatabaseOutage.isMessage(text)) {
            logOutage(request, text);
            writeOutageProblem(response);
            return;
        }
        String incident = incidentId();
        log.warn("Incident {}: {} {} answered {} with {}", incident, request.getMethod(), request.getRequestURI(),
                status, text);
        writeProblem(response, status, jsonType(body), incident);
    }

    /**
     * What a person reads of an error body: every text of a JSON body but its type, or
     * the whole body.
     */
    private String readableText(byte[] body, String text) {
        try {
            JsonNode json = objectMapper.readTree(body);
            if (json == null || !json.isContainerNode()) {
                return text;
            }
            StringBuilder readable = new StringBuilder();
            collectTexts(json, readable);
            return readable.toString();
        }
        catch (IOException | RuntimeException notJson) {
            return text;
        }
    }

    private static void collectTexts(JsonNode node, StringBuilder readable) {
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> {
                if (!"type".equals(field.getKey())) {
                    collectTexts(field.getValue(), readable);
                }
            });
        }
        else if (node.isArray()) {
            node.forEach(element -> collectTexts(element, readable));
        }
        else if (node.isTextual()) {
            readable.append(node.textValue()).append('\n');
        }
    }

    private void writeProblem(HttpServletResponse response, int status, String camundaType, String incident)
            throws IOException {
        boolean serverError = status >= 500;
        String detail = (serverError ? "Hệ thống gặp lỗi khi xử lý yêu cầu; xin thử lại sau."
                : "Yêu cầu không thực hiện được.") + " Mã sự cố: " + incident
                + " (quản trị hệ thống tra cứu nhật ký theo mã này).";
        ObjectNode problem = objectMapper.createObjectNode();
        // Camunda's web apps and REST clients read "type" and "message"; RFC 7807 clients
        // read the rest.
        problem.put("type", camundaType != null ? camundaType : serverError ? "ServerError" : "InvalidRequest");
        problem.put("title", serverError ? "Lỗi hệ thống" : "Yêu cầu không hợp lệ");
        problem.put("status", status);
        problem.put("detail", detail);
        problem.put("message", detail);
        problem.put("incidentId", incident);
        response.setStatus(status);
        response.setCharacterEncoding("UTF-8");
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setContentLength(-1);
        response.getOutputStream().write(objectMapper.writeValueAsBytes(problem));
    }

    private static void logOutage(HttpServletRequest request, String failure) {
        log.warn("{} {} answered 503: the database cannot be reached ({})", request.getMethod(),
                request.getRequestURI(), failure);
    }

    private void writeOutageProblem(HttpServletResponse response) throws IOException {
        ObjectNode problem = objectMapper.createObjectNode();
        // "type" and "message" for Camunda's web apps, as above
        problem.put("type", "ServiceUnavailable");
        problem.put("title", DatabaseOutage.TITLE);
        problem.put("status", HttpStatus.SERVICE_UNAVAILABLE.value());
        problem.put("detail", DatabaseOutage.DETAIL);
        problem.put("message", DatabaseOutage.DETAIL);
        writeOutage(response, MediaType.APPLICATION_PROBLEM_JSON_VALUE, objectMapper.writeValueAsBytes(problem));
    }

    /**
     * The same for a person on the pages: a page of its own, which needs no database and
     * no template.
     */
    private static void writeOutagePage(HttpServletResponse response) throws IOException {
        writeOutage(response, MediaType.TEXT_HTML_VALUE, OUTAGE_PAGE.getBytes(StandardCharsets.UTF_8));
    }

    private static void writeOutage(HttpServletResponse response, String contentType, byte[] body) throws IOException {
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseOutage.RETRY_AFTER_SECONDS));
        response.setCharacterEncoding("UTF-8");
        response.setContentType(contentType);
        response.setContentLength(-1);
        response.getOutputStream().write(body);
    }

    private static final String OUTAGE_PAGE = """
            <!DOCTYPE html>
            <html lang="vi">
            <head>
              <meta charset="UTF-8">
              <meta name="viewport" content="width=device-width, initial-scale=1">
              <title>%s</title>
              <link rel="stylesheet" href="/assets/oversight.css">
            </head>
            <body>
            <main class="page">
              <h1>%s</h1>
              <p class="alert" role="alert">%s</p>
              <p>Khi kết nối phục hồi, trang mở lại được mà không cần đăng nhập lại.</p>
            </main>
            </body>
            </html>
            """.formatted(DatabaseOutage.TITLE, DatabaseOutage.TITLE, DatabaseOutage.DETAIL);

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    private static boolean isApi(HttpServletRequest request) {
        String path = path(request);
        return path.startsWith("/api/") || path.startsWith("/engine-rest/") || path.startsWith("/camunda/api/")
                || path.startsWith("/actuator/") || path.equals("/actuator");
    }

    private static boolean isHealth(HttpServletRequest request) {
        return path(request).startsWith("/actuator/health");
    }

    /**
     * Camunda's documented error types are kept (its web apps read them); any other name
     * is not repeated.
     */
    private String jsonType(byte[] body) {
        try {
            JsonNode json = objectMapper.readTree(body);
            String type = json == null ? null : json.path("type").asText(null);
            return type != null && type.matches("(Rest|InvalidRequest|Authorization|BadUserRequest|NotFound|NotValid"
                    + "|NullValue|OptimisticLocking|FormFieldValidation|ProcessEngine|Parse|Migrating"
                    + "|MissingAuthorization)Exception") ? type : null;
        }
        catch (IOException | RuntimeException notJson) {
            return null;
        }
    }

    private static String incidentId() {
        return UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    }

    /** Passes a successful response through; holds the body of an error response back. */
    private static final class HoldingErrors extends HttpServletResponseWrapper {

        private final ByteArrayOutputStream held = new ByteArrayOutputStream();

        private ServletOutputStream stream;

        private PrintWriter writer;

        private boolean holding;

        HoldingErrors(HttpServletResponse response) {
            super(response);
        }

        boolean holding() {
            if (writer != null) {
                writer.flush();
            }
            return holding;
        }

        byte[] heldBody() {
            return held.toByteArray();
        }

        @Override
        public void sendError(int status) throws IOException {
            sendError(status, null);
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            // answered by this filter rather than by the container's error page
            setStatus(status);
            holding = status >= 400;
            if (message != null && holding) {
                held.write(message.getBytes(StandardCharsets.UTF_8));
            }
        }

        @Override
        public void setContentLength(int len) {
            if (getStatus() < 400) {
                super.setContentLength(len);
            }
        }

        @Override
        public void setContentLengthLong(long len) {
            if (getStatus() < 400) {
                super.setContentLengthLong(len);
            }
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (getStatus() < 400) {
                return super.getOutputStream();
            }
            holding = true;
            if (stream == null) {
                stream = new ServletOutputStream() {
                    @Override
                    public void write(int b) {
                        held.write(b);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) {
                        held.write(b, off, len);
                    }

                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        throw new UnsupportedOperationException("Synchronous writing only");
                    }
                };
            }
            return stream;
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            if (getStatus() < 400) {
                return super.getWriter();
            }
            if (writer == null) {
                writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), StandardCharsets.UTF_8));
            }
            return writer;
        }

        @Override
        public void flushBuffer() throws IOException {
            if (!holding) {
                super.flushBuffer();
            }
        }

    }

}
