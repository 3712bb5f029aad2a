package vn.gov.oversight.system;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A resource named in the path does not exist: 404 with a Vietnamese detail. */
public class NotFoundException extends ErrorResponseException {

    public NotFoundException(String detail) {
        super(HttpStatus.NOT_FOUND, problem(detail), null);
    }

    @Override
    public String getMessage() {
        return getBody().getDetail();
    }

    private static ProblemDetail problem(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, detail);
        problem.setTitle("Không tìm thấy");
        return problem;
    }

}
