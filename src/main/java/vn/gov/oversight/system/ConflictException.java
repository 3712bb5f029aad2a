package vn.gov.oversight.system;

import java.util.List;

import org.springframework.http.HttpStatus;

/** The input is well formed but clashes with what exists (a duplicate code, say): 409. */
public class ConflictException extends InvalidInputException {

    public ConflictException(String field, String message) {
        super(HttpStatus.CONFLICT, "Xung đột dữ liệu", List.of(new FieldProblem(field, message)));
    }

}
