package vn.gov.oversight.system.security;

import java.io.IOException;
import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.ObjectMapper;

import vn.gov.oversight.system.DatabaseOutage;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * 401 and 403 of the application's API as RFC 7807 problems in Vietnamese. A login that
 * failed because the database could not be reached is no 401: it goes on to the
 * {@code ErrorBodyShield}'s 503.
 */
@Component
class ProblemSecurityHandlers implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final ObjectMapper objectMapper;

    ProblemSecurityHandlers(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException authException) throws IOException {
        if (DatabaseOutage.isCause(authException)) {
            // the password could not be checked: not a wrong password but "try again
            // shortly" (ErrorBodyShield)
            throw authException;
        }
        response.setHeader("WWW-Authenticate", "Basic realm=\"oversight\", charset=\"UTF-8\"");
        write(response, HttpStatus.UNAUTHORIZED, "Chưa đăng nhập",
                "Cần đăng nhập (HTTP Basic) bằng tài khoản của hệ thống", request);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response,
            AccessDeniedException accessDeniedException) throws IOException {
        write(response, HttpStatus.FORBIDDEN, "Không có quyền", "Tài khoản này không có quyền thực hiện thao tác này",
                request);
    }

    private void write(HttpServletResponse response, HttpStatus status, String title, String detail,
            HttpServletRequest request) throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setInstance(URI.create(request.getRequestURI()));
        response.setStatus(status.value());
        response.setCharacterEncoding("UTF-8");
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        objectMapper.writeValue(response.getOutputStream(), problem);
    }

}
