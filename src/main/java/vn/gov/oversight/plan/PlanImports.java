package vn.gov.oversight.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.oversight.organization.AgencyNameLookup;
import vn.gov.oversight.organization.AgencyNames;
import vn.gov.oversight.system.InvalidInputException.FieldProblem;

/**
 * Imports a plan from its appendix (.xlsx or .docx), or previews the import: both read
 * the file the same way and check the same rules, so that what the preview shows is what
 * the import creates.
 */
@Service
@Transactional
class PlanImports {

    private static final Pattern TASK_FIELD = Pattern.compile("tasks\\[(\\d+)]\\.(\\w+).*");

    private static final Map<String, String> HEADER_LABELS = Map.of("code", "Số, ký hiệu kế hoạch", "title",
            "Tên kế hoạch", "issuingBody", "Cơ quan ban hành", "issuedOn", "Ngày ban hành", "directive",
            "Văn bản được thực hiện", "tasks", "Nhiệm vụ");

    private static final Map<String, AppendixColumn> TASK_COLUMNS = Map.of("code", AppendixColumn.NUMBER, "title",
            AppendixColumn.TITLE, "group", AppendixColumn.TITLE, "leadAgencies", AppendixColumn.LEAD_AGENCIES,
            "coordinatingAgencies", AppendixColumn.COORDINATING_AGENCIES, "outsideCoordinators",
            AppendixColumn.COORDINATING_AGENCIES, "dueDate", AppendixColumn.DEADLINE, "output", AppendixColumn.OUTPUT);

    private final Plans plans;

    private final AgencyNames names;

    private final Clock clock;

    PlanImports(Plans plans, AgencyNames names, Clock clock) {
        this.plans = plans;
        this.names = names;
        this.clock = clock;
    }

    /**
     * A plan created from an appendix, with the warnings of its reading (outside bodies).
     */
    record Imported(Plan plan, List<ImportProblem> warnings) {
    }

    /**
     * Creates the plan and starts its assignments, or refuses the whole file with every
     * problem (400). Outside any transaction: the plan's roll-out runs in transactions of
     * its own ({@link Plans#create}).
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
    Imported importFile(PlanDraft header, byte[] file, String createdBy) {
        Reading reading = read(header, file);
        if (!reading.result().problems().isEmpty()) {
            List<ImportProblem> problems = new ArrayList<>(headerProblems(header));
            problems.addAll(reading.result().problems());
            throw new ImportRefusedException(problems, reading.result().warnings(), reading.result().unknownNames());
        }
        return new Imported(plans.create(reading.draft(), createdBy), reading.result().warnings());
    }

    /** What {@link #importFile} would do with the same input, writing nothing. */
    @Transactional(readOnly = true)
    ImportPreview preview(PlanDraft header, byte[] file) {
        Reading reading = read(header, file);
        WorkbookResult result = reading.result();
        List<ImportProblem> problems = new ArrayList<>();
        if (result.problems().isEmpty()) {
            plans.problems(reading.draft()).forEach(problem -> problems.add(asImportProblem(problem, result.tasks())));
        }
        else {
            problems.addAll(headerProblems(header));
            problems.addAll(result.problems());
        }
        AgencyNameLookup lookup = reading.lookup();
        List<ImportPreview.Task> tasks = result.tasks()
            .stream()
            .map(task -> new ImportPreview.Task(task.row(), task.code(), task.title(), task.group(),
                    refs(task.leadAgencies(), lookup), refs(task.coordinatingAgencies(), lookup),
                    task.outsideCoordinators(), task.dueDate(), task.recurrence(), recurrenceLabel(task.recurrence()),
                    task.output()))
            .toList();
        List<ImportPreview.Assignment> assignments = new ArrayList<>();
        Map<String, Integer> perAgency = new LinkedHashMap<>();
        for (ImportedTask task : result.tasks()) {
            for (String agency : task.leadAgencies()) {
                assignments
                    .add(new ImportPreview.Assignment(task.code(), agency, lookup.nameOf(agency), task.dueDate()));
                perAgency.merge(agency, 1, Integer::sum);
            }
        }
        List<ImportPreview.AgencyAssignments> agencies = perAgency.entrySet()
            .stream()
            .map(entry -> new ImportPreview.AgencyAssignments(entry.getKey(), lookup.nameOf(entry.getKey()),
                    entry.getValue()))
            .sorted(Comparator.comparing(ImportPreview.AgencyAssignments::name))
            .toList();
        boolean ready = problems.isEmpty();
        return new ImportPreview(ready, problems, result.warnings(), result.unknownNames(), tasks, agencies,
                ready ? assignments : List.of());
    }

    private record Reading(WorkbookResult result, PlanDraft draft, AgencyNameLookup lookup) {
    }

    /**
     * Phrases are evaluated and names resolved on the plan's date (today when none is
     * given).
     */
    private Reading read(PlanDraft header, byte[] file) {
        LocalDate issuedOn = header.issuedOn() != null ? header.issuedOn() : LocalDate.now(clock);
        AgencyNameLookup lookup = names.on(issuedOn);
        WorkbookResult result = AppendixFiles.read(file, new DirectoryAgencyResolver(lookup), issuedOn);
        List<PlanDraft.TaskDraft> tasks = result.tasks()
            .stream()
            .map(task -> new PlanDraft.TaskDraft(task.code(), task.title(), task.group(), task.leadAgencies(),
                    task.coordinatingAgencies(), task.dueDate(), task.recurrence(), task.output(),
                    task.outsideCoordinators()))
            .toList();
        PlanDraft draft = new PlanDraft(header.code(), header.title(), header.issuingBody(), header.issuedOn(),
                header.directive(), tasks);
        return new Reading(result, draft, lookup);
    }

    private List<ImportProblem> headerProblems(PlanDraft header) {
        return plans.headerProblems(header).stream().map(problem -> asImportProblem(problem, List.of())).toList();
    }

    /**
     * A rule of plans broken by a task: named by its row and column, as the reader names
     * its own problems.
     */
    private static ImportProblem asImportProblem(FieldProblem problem, List<ImportedTask> tasks) {
        Matcher task = TASK_FIELD.matcher(problem.field());
        if (task.matches() && Integer.parseInt(task.group(1)) < tasks.size()) {
            AppendixColumn column = TASK_COLUMNS.getOrDefault(task.group(2), AppendixColumn.TITLE);
            return new ImportProblem(tasks.get(Integer.parseInt(task.group(1))).row(), column.header,
                    problem.message());
        }
        return new ImportProblem(0, HEADER_LABELS.getOrDefault(problem.field(), problem.field()), problem.message());
    }

    private static List<ImportPreview.AgencyRef> refs(List<String> codes, AgencyNameLookup lookup) {
        return codes.stream().map(code -> new ImportPreview.AgencyRef(code, lookup.nameOf(code))).toList();
    }

    private static String recurrenceLabel(Recurrence recurrence) {
        return switch (recurrence) {
            case ONCE -> "Một lần";
            case YEARLY -> "Hằng năm";
            case ONGOING -> "Thường xuyên";
        };
    }

}
