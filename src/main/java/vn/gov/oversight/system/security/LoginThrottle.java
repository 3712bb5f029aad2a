package vn.gov.oversight.system.security;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Limits failed logins per client address, on every channel that takes a password: HTTP
 * Basic on the application's API and on Camunda's REST API, the web apps' login form and
 * the oversight pages' one. An address with too many failures in the window is answered
 * 429 on its login attempts until the oldest failure leaves the window. Together with
 * Camunda's growing delay per account (and no permanent lock: see
 * {@code application.yaml}), nobody can shut another person out for good, nor guess at
 * leisure.
 * <p>
 * The address is the connection's: a forwarded-for header is whatever a client wants it
 * to be.
 */
class LoginThrottle extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

    private static final String PAGES_LOGIN = "/login";

    private static final Pattern WEBAPP_LOGIN = Pattern.compile("/camunda/api/admin/auth/user/[^/]+/login/[^/]+/?");

    private static final int MAX_ADDRESSES = 100_000;

    private final int maxFailures;

    private final Duration window;

    private final Clock clock;

    private final ObjectMapper objectMapper;

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    LoginThrottle(int maxFailures, Duration window, Clock clock, ObjectMapper objectMapper) {
        this.maxFailures = maxFailures;
        this.window = window;
        this.clock = clock;
        this.objectMapper = objectMapper;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!isLoginAttempt(request)) {
            chain.doFilter(request, response);
            return;
        }
        String address = request.getRemoteAddr();
        Instant now = clock.instant();
        Duration wait = waitFor(address, now);
        if (!wait.isZero()) {
            log.warn("Login attempt from {} refused: {} failed logins within {}", address, maxFailures, window);
            refuse(response, wait);
            return;
        }
        chain.doFilter(request, response);
        if (response.getStatus() == HttpStatus.UNAUTHORIZED.value() || isFailedPageLogin(request, response)) {
            recordFailure(address, now);
        }
    }

    private static boolean isLoginAttempt(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return true;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return "POST".equals(request.getMethod()) && (WEBAPP_LOGIN.matcher(path).matches() || PAGES_LOGIN.equals(path));
    }

    /**
     * The pages' login form answers a wrong password by sending the browser back to the
     * form.
     */
    private static boolean isFailedPageLogin(HttpServletRequest request, HttpServletResponse response) {
        String location = response.getHeader("Location");
        return location != null
                && PAGES_LOGIN.equals(request.getRequestURI().substring(request.getContextPath().length()))
                && location.endsWith(SecurityConfiguration.LOGIN_FAILED);
    }

    private Duration waitFor(String address, Instant now) {
        Deque<Instant> times = failures.get(address);
        if (times == null) {
            return Duration.ZERO;
        }
        synchronized (times) {
            prune(times, now);
            if (times.size() < maxFailures) {
                return Duration.ZERO;
            }
            return Duration.between(now, times.peekFirst().plus(window)).plusSeconds(1);
        }
    }

    private void recordFailure(String address, Instant now) {
        if (failures.size() >= MAX_ADDRESSES) {
            failures.entrySet().removeIf(entry -> {
                synchronized (entry.getValue()) {
                    prune(entry.getValue(), now);
                    return entry.getValue().isEmpty();
                }
            });
        }
        Deque<Instant> times = failures.computeIfAbsent(address, key -> new ArrayDeque<>());
        synchronized (times) {
            prune(times, now);
            times.addLast(now);
        }
    }

    private void prune(Deque<Instant> times, Instant now) {
        Instant oldest = now.minus(window);
        while (!times.isEmpty() && !times.peekFirst().isAfter(oldest)) {
            times.removeFirst();
        }
    }

    private void refuse(HttpServletResponse response, Duration wait) throws IOException {
        long seconds = Math.max(1, wait.toSeconds());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
                "Đăng nhập sai quá nhiều lần từ địa chỉ này; xin thử lại sau " + seconds + " giây");
        problem.setTitle("Tạm khóa đăng nhập");
        problem.setProperty("message", problem.getDetail());
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader("Retry-After", String.valueOf(seconds));
        response.setCharacterEncoding("UTF-8");
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        objectMapper.writeValue(response.getOutputStream(), problem);
    }

}
