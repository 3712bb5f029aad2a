package vn.gov.oversight.plan;

import java.util.List;

/**
 * What reading an appendix gave. All or nothing: {@code problems} lists every problem of
 * the table, and {@code tasks} is empty unless there is none, so a caller creates nothing
 * from a file with problems. {@code warnings} never stop an import (a coordinating body
 * outside the directory); {@code unknownNames} lists each name that no agency nor phrase
 * has, for the coordinator to map.
 */
record WorkbookResult(List<ImportedTask> tasks, List<ImportProblem> problems, List<ImportProblem> warnings,
        List<UnknownName> unknownNames) {

    WorkbookResult {
        tasks = List.copyOf(tasks);
        problems = List.copyOf(problems);
        warnings = List.copyOf(warnings);
        unknownNames = List.copyOf(unknownNames);
    }

    WorkbookResult(List<ImportedTask> tasks, List<ImportProblem> problems) {
        this(tasks, problems, List.of(), List.of());
    }

    static WorkbookResult of(ImportProblem problem) {
        return new WorkbookResult(List.of(), List.of(problem));
    }
}
