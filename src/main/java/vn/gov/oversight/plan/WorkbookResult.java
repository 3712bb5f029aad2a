package vn.gov.oversight.plan;

import java.util.List;

/**
 * What reading an appendix gave. All or nothing: {@code problems} lists every problem of the sheet,
 * and {@code tasks} is empty unless there is none, so a caller creates nothing from a file with problems.
 */
record WorkbookResult(List<ImportedTask> tasks, List<ImportProblem> problems) {

    WorkbookResult {
        tasks = List.copyOf(tasks);
        problems = List.copyOf(problems);
    }

    static WorkbookResult of(ImportProblem problem) {
        return new WorkbookResult(List.of(), List.of(problem));
    }
}
