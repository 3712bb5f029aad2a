package vn.gov.oversight.system.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import com.fasterxml.jackson.databind.JsonMappingException;

import vn.gov.oversight.system.DatabaseOutage;
import vn.gov.oversight.system.InvalidInputException.FieldProblem;

/**
 * Turns every refusal of the application's API into an RFC 7807 problem with Vietnamese
 * text: bean validation, unreadable JSON (a malformed date, an unknown enum value) and
 * wrong path values name the field. The module exceptions ({@code InvalidInputException}
 * and friends) render themselves.
 */
@RestControllerAdvice(basePackages = "vn.gov.oversight")
class ProblemResponses extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = ex.getBindingResult()
            .getFieldErrors()
            .stream()
            .map(error -> new FieldProblem(error.getField(), error.getDefaultMessage()))
            .toList();
        return ResponseEntity.badRequest().body(invalid(errors));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (ex.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath()
                .stream()
                .map(reference -> reference.getFieldName() != null ? reference.getFieldName()
                        : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
            return ResponseEntity.badRequest()
                .body(invalid(
                        List.of(new FieldProblem(field, "Giá trị của trường '" + field + "' không đúng định dạng"))));
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "Nội dung yêu cầu không phải JSON hợp lệ");
        problem.setTitle("Dữ liệu không hợp lệ");
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE,
                "Tệp gửi lên lớn hơn giới hạn cho phép");
        problem.setTitle("Tệp quá lớn");
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(problem);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> handleTypeMismatch(MethodArgumentTypeMismatchException ex) {
        return ResponseEntity.badRequest()
            .body(invalid(List.of(new FieldProblem(ex.getName(),
                    "Giá trị '" + ex.getValue() + "' của trường '" + ex.getName() + "' không hợp lệ"))));
    }

    /**
     * Anything unforeseen: a problem that quotes an incident id, with the detail (SQL,
     * classes, stack) only in the log. Security's own refusals are left to Spring
     * Security; a database that cannot be reached is answered by the
     * {@link ErrorBodyShield} (503, try again shortly), as on every other surface.
     */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> handleUnexpected(Exception ex) throws Exception {
        if (ex instanceof AccessDeniedException || ex instanceof AuthenticationException
                || DatabaseOutage.isCause(ex)) {
            throw ex;
        }
        String incident = UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        log.error("Incident {}: unexpected failure", incident, ex);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "Hệ thống gặp lỗi khi xử lý yêu cầu; xin thử lại sau. Mã sự cố: " + incident
                        + " (quản trị hệ thống tra cứu nhật ký theo mã này).");
        problem.setTitle("Lỗi hệ thống");
        problem.setProperty("incidentId", incident);
        return ResponseEntity.internalServerError().body(problem);
    }

    private static ProblemDetail invalid(List<FieldProblem> errors) {
        ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
        problem.setTitle("Dữ liệu không hợp lệ");
        problem.setDetail(errors.stream().map(FieldProblem::message).collect(Collectors.joining("; ")));
        problem.setProperty("errors", errors);
        return problem;
    }

}
