package vn.gov.oversight.oversight;

import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import jakarta.servlet.http.HttpServletResponse;

import vn.gov.oversight.system.DatabaseOutage;
import vn.gov.oversight.system.InvalidInputException;
import vn.gov.oversight.system.NotFoundException;

/**
 * The pages answer a refusal or bad input with a page in Vietnamese, never with a stack
 * trace or JSON.
 */
@ControllerAdvice(assignableTypes = { OversightPages.class, SuccessionPages.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageErrors {

    private static final Logger log = LoggerFactory.getLogger(PageErrors.class);

    @ExceptionHandler(PageRefused.class)
    String refused(PageRefused refused, HttpServletResponse response, Model model) {
        return page(response, model, refused.status(), refused.getMessage());
    }

    @ExceptionHandler(InvalidInputException.class)
    String invalid(InvalidInputException invalid, HttpServletResponse response, Model model) {
        return page(response, model, HttpStatus.BAD_REQUEST,
                invalid.errors()
                    .stream()
                    .map(problem -> problem.message())
                    .reduce((a, b) -> a + " " + b)
                    .orElse(invalid.getMessage()));
    }

    @ExceptionHandler(NotFoundException.class)
    String notFound(NotFoundException missing, HttpServletResponse response, Model model) {
        return page(response, model, HttpStatus.NOT_FOUND, missing.getBody().getDetail());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    String mismatch(MethodArgumentTypeMismatchException mismatch, HttpServletResponse response, Model model) {
        return page(response, model, HttpStatus.BAD_REQUEST,
                "Giá trị của ô lọc '" + mismatch.getName() + "' không hợp lệ.");
    }

    @ExceptionHandler(Exception.class)
    @ResponseStatus(HttpStatus.INTERNAL_SERVER_ERROR)
    String unexpected(Exception failure, HttpServletResponse response, Model model) throws Exception {
        if (DatabaseOutage.isCause(failure)) {
            throw failure; // the page saying to try again shortly (ErrorBodyShield)
        }
        String incident = UUID.randomUUID().toString().substring(0, 8);
        log.error("Page failed, incident {}", incident, failure);
        return page(response, model, HttpStatus.INTERNAL_SERVER_ERROR,
                "Hệ thống gặp lỗi khi mở trang này. Xin báo quản trị viên mã sự cố " + incident + ".");
    }

    private static String page(HttpServletResponse response, Model model, HttpStatus status, String message) {
        response.setStatus(status.value());
        model.addAttribute("status", status.value());
        model.addAttribute("message", message);
        return "oversight/refused";
    }

}
