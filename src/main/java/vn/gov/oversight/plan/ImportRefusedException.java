package vn.gov.oversight.plan;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** An appendix that cannot be imported: 400 listing every problem by row and column. */
class ImportRefusedException extends ErrorResponseException {

    ImportRefusedException(List<ImportProblem> problems) {
        this(problems, List.of(), List.of());
    }

    /**
     * With the warnings and the unknown names too, so that the user can map the names and
     * try again.
     */
    ImportRefusedException(List<ImportProblem> problems, List<ImportProblem> warnings, List<UnknownName> unknownNames) {
        super(HttpStatus.BAD_REQUEST, problem(problems), null);
        getBody().setProperty("warnings", warnings);
        getBody().setProperty("unknownNames", unknownNames);
    }

    private static ProblemDetail problem(List<ImportProblem> problems) {
        ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
        problem.setTitle("Không nhập được phụ lục kế hoạch");
        problem.setDetail("Tệp có " + problems.size() + " lỗi; chưa có gì được tạo. "
                + String.join("; ", problems.stream().map(ImportRefusedException::describe).toList()));
        problem.setProperty("errors", problems);
        return problem;
    }

    private static String describe(ImportProblem problem) {
        return problem.row() > 0 ? "Dòng " + problem.row() + ", cột '" + problem.column() + "': " + problem.message()
                : problem.message();
    }

    @Override
    public String getMessage() {
        return getBody().getDetail();
    }

}
