package vn.gov.oversight.system;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * Bad input from a person or a client: answered as an RFC 7807 problem whose
 * {@code errors} name every field at fault, with a message in Vietnamese. Thrown before
 * anything is written.
 */
public class InvalidInputException extends ErrorResponseException {

    private final List<FieldProblem> errors;

    public InvalidInputException(List<FieldProblem> errors) {
        this(HttpStatus.BAD_REQUEST, "Dữ liệu không hợp lệ", errors);
    }

    protected InvalidInputException(HttpStatus status, String title, List<FieldProblem> errors) {
        super(status, problem(status, title, errors), null);
        this.errors = List.copyOf(errors);
    }

    /** Every problem at once, nothing written on any: throws when there is one. */
    public static void throwIfAny(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    public static InvalidInputException of(String field, String message) {
        return new InvalidInputException(List.of(new FieldProblem(field, message)));
    }

    public List<FieldProblem> errors() {
        return errors;
    }

    @Override
    public String getMessage() {
        return getBody().getDetail();
    }

    private static ProblemDetail problem(HttpStatus status, String title, List<FieldProblem> errors) {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setTitle(title);
        problem.setDetail(String.join("; ", errors.stream().map(FieldProblem::message).toList()));
        problem.setProperty("errors", errors);
        return problem;
    }

    /**
     * One problem: the field (the JSON name the client sent) and what is wrong with it.
     */
    public record FieldProblem(String field, String message) {
    }

}
