package vn.gov.oversight.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.oversight.assignment.Assignment;
import vn.gov.oversight.assignment.AssignmentRequest;
import vn.gov.oversight.assignment.Assignments;
import vn.gov.oversight.system.ConflictException;
import vn.gov.oversight.system.InvalidInputException;
import vn.gov.oversight.system.InvalidInputException.FieldProblem;
import vn.gov.oversight.system.NotFoundException;
import vn.gov.oversight.system.PeopleDates;
import vn.gov.oversight.system.Texts;

/**
 * Amends a plan, all or nothing: every problem of the amendment is reported at once and
 * nothing changes if there is any. An added task starts its assignments; a cancelled
 * task's open assignments end with the reason; a moved deadline and a new lead agency
 * reach the open assignments. Every change is a line of the amendment, and of the history
 * of each assignment it reached, naming the amendment.
 */
@Service
@Transactional
class PlanAmendments {

    private static final Logger log = LoggerFactory.getLogger(PlanAmendments.class);

    private static final DateTimeFormatter DATE = PeopleDates.DAY;
    static final int MAX_CHANGES = 500;

    private final AmendmentStore store;

    private final PlanStore planStore;

    private final Plans plans;

    private final Assignments assignments;

    private final Clock clock;

    PlanAmendments(AmendmentStore store, PlanStore planStore, Plans plans, Assignments assignments, Clock clock) {
        this.store = store;
        this.planStore = planStore;
        this.plans = plans;
        this.assignments = assignments;
        this.clock = clock;
    }

    PlanVersions amend(long planId, AmendmentDraft amendment, String actor) {
        Plan plan = plans.plan(planId).orElseThrow(() -> new NotFoundException("Không có kế hoạch số " + planId));
        if (plan.rollOut() != null && !plan.rollOut().done()) {
            // an amendment acts on the assignments started: those still to start would
            // escape it
            throw new ConflictException("rollOut",
                    "Kế hoạch đang được giao cho các cơ quan (" + plan.rollOut().started() + "/"
                            + plan.rollOut().assignments() + " nhiệm vụ đã giao): xin sửa đổi sau khi giao xong");
        }
        Map<String, AmendmentStore.TaskRow> tasks = store.tasks(planId);
        List<FieldProblem> errors = validate(plan, tasks, amendment);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        long amendmentId = store.insert(planId, amendment, actor);
        String cited = amendment.number().trim() + " ngày " + amendment.issuedOn().format(DATE);
        boolean review = store.reviewsLocalPlans(planId);
        List<Assignment> open = assignments.ofPlan(planId).stream().filter(Assignment::isOpen).toList();
        int position = 0;
        for (Plan.Task task : PlanStore.tasks(new PlanDraft(plan.code(), plan.title(), plan.issuingBody(),
                plan.issuedOn(), plan.directive(), amendment.addTasks()))) {
            long taskId = planStore.insertTask(planId, task);
            store.markAdded(taskId, amendmentId);
            for (String agency : task.leadAgencies()) {
                Assignment started = assignments.start(new AssignmentRequest(planId, plan.code(), task.code(),
                        task.title(), task.group(), agency, task.coordinatingAgencies(), task.dueDate(), review, 1));
                assignments.noteAmendment(started.id(), "AMENDMENT", "Nhiệm vụ bổ sung theo " + cited, actor);
            }
            store.insertChange(amendmentId, position++, "ADD_TASK", task.code(),
                    "Bổ sung nhiệm vụ " + task.code() + ": " + task.title() + " (chủ trì: "
                            + String.join(", ", task.leadAgencies()) + "; thời hạn " + task.dueDate().format(DATE)
                            + ")");
        }
        for (AmendmentDraft.Cancellation cancellation : amendment.cancelTasks()) {
            String code = cancellation.code().trim();
            String reason = cancellation.reason().trim();
            store.cancel(tasks.get(code).id(), amendmentId, reason);
            long cancelled = ofTask(open, code).filter(a -> assignments.cancel(a.id(), cited, reason, actor)).count();
            store.insertChange(amendmentId, position++, "CANCEL_TASK", code,
                    "Hủy nhiệm vụ " + code + ": " + reason + " (" + cancelled + " việc đang thực hiện kết thúc)");
        }
        for (AmendmentDraft.DeadlineChange change : amendment.moveDeadlines()) {
            String code = change.code().trim();
            AmendmentStore.TaskRow task = tasks.get(code);
            store.moveDeadline(task.id(), change.dueDate());
            ofTask(open, code).forEach(a -> assignments.moveDeadline(a.id(), change.dueDate(), cited, actor));
            store.insertChange(amendmentId, position++, "MOVE_DEADLINE", code, "Điều chỉnh thời hạn nhiệm vụ " + code
                    + " từ " + task.dueDate().format(DATE) + " thành " + change.dueDate().format(DATE));
        }
        for (AmendmentDraft.LeadChange change : amendment.changeLeadAgencies()) {
            String code = change.code().trim();
            String from = change.from().trim();
            String to = change.to().trim();
            store.replaceLead(tasks.get(code).id(), from, to);
            ofTask(open, code).filter(a -> a.agencyCode().equals(from))
                .forEach(a -> assignments.changeLeadAgency(a.id(), to, cited, actor));
            store.insertChange(amendmentId, position++, "CHANGE_LEAD_AGENCY", code,
                    "Đổi cơ quan chủ trì nhiệm vụ " + code + " từ " + from + " sang " + to);
        }
        log.info("Plan {} amended by {} ({} changes) by {}", plan.code(), amendment.number(), position, actor);
        return versions(planId);
    }

    @Transactional(readOnly = true)
    PlanVersions versions(long planId) {
        Plan plan = plans.plan(planId).orElseThrow(() -> new NotFoundException("Không có kế hoạch số " + planId));
        List<PlanVersions.Version> versions = new ArrayList<>();
        versions.add(new PlanVersions.Version(0, plan.code(), plan.issuedOn(), plan.title(), plan.createdAt(),
                plan.createdBy(), List.of()));
        versions.addAll(store.amendments(planId));
        return new PlanVersions(planId, plan.code(), store.reviewsLocalPlans(planId), versions);
    }

    private static Stream<Assignment> ofTask(List<Assignment> open, String code) {
        return open.stream().filter(assignment -> assignment.taskCode().equals(code));
    }

    // --- validation

    private List<FieldProblem> validate(Plan plan, Map<String, AmendmentStore.TaskRow> tasks,
            AmendmentDraft amendment) {
        List<FieldProblem> errors = new ArrayList<>();
        String number = Texts.trimToNull(amendment.number());
        if (number == null) {
            errors.add(new FieldProblem("number", "Số, ký hiệu văn bản điều chỉnh là bắt buộc (ví dụ 215/KH-UBND)"));
        }
        else if (number.length() > 64) {
            errors.add(new FieldProblem("number", "Số, ký hiệu văn bản điều chỉnh dài quá 64 ký tự"));
        }
        else if (number.equals(plan.code()) || store.numberExists(plan.id(), number)) {
            errors.add(new FieldProblem("number", "Văn bản số '" + number + "' đã được ghi nhận cho kế hoạch này"));
        }
        LocalDate issuedOn = amendment.issuedOn();
        if (issuedOn == null) {
            errors.add(new FieldProblem("issuedOn", "Ngày ban hành văn bản điều chỉnh là bắt buộc"));
        }
        else if (issuedOn.isAfter(LocalDate.now(clock))) {
            errors.add(new FieldProblem("issuedOn", "Ngày ban hành " + issuedOn.format(DATE) + " chưa đến"));
        }
        else if (issuedOn.isBefore(plan.issuedOn())) {
            errors.add(new FieldProblem("issuedOn", "Ngày ban hành " + issuedOn.format(DATE)
                    + " trước ngày ban hành kế hoạch " + plan.issuedOn().format(DATE)));
        }
        if (amendment.summary() != null && amendment.summary().length() > 2000) {
            errors.add(new FieldProblem("summary", "Trích yếu văn bản điều chỉnh dài quá 2000 ký tự"));
        }
        int changes = amendment.addTasks().size() + amendment.cancelTasks().size() + amendment.moveDeadlines().size()
                + amendment.changeLeadAgencies().size();
        if (changes == 0) {
            errors.add(new FieldProblem("addTasks",
                    "Văn bản điều chỉnh phải bổ sung, hủy hoặc điều chỉnh ít nhất một nhiệm vụ"));
        }
        else if (changes > MAX_CHANGES) {
            errors.add(new FieldProblem("addTasks", "Văn bản điều chỉnh có quá " + MAX_CHANGES + " thay đổi"));
        }
        if (!errors.isEmpty() && (number == null || issuedOn == null || changes == 0 || changes > MAX_CHANGES)) {
            return errors;
        }
        for (var list : Map
            .of("addTasks", amendment.addTasks(), "cancelTasks", amendment.cancelTasks(), "moveDeadlines",
                    amendment.moveDeadlines(), "changeLeadAgencies", amendment.changeLeadAgencies())
            .entrySet()) {
            if (list.getValue().stream().anyMatch(Objects::isNull)) {
                errors.add(new FieldProblem(list.getKey(), "Danh sách có mục trống"));
            }
        }
        if (!errors.isEmpty()) {
            return errors;
        }
        Set<String> codes = new HashSet<>(tasks.keySet());
        for (int i = 0; i < amendment.addTasks().size(); i++) {
            plans.validateTask(amendment.addTasks().get(i), "addTasks[" + i + "]", issuedOn, codes, errors);
        }
        Set<String> cancelled = new HashSet<>();
        for (int i = 0; i < amendment.cancelTasks().size(); i++) {
            AmendmentDraft.Cancellation cancellation = amendment.cancelTasks().get(i);
            String path = "cancelTasks[" + i + "]";
            String code = existingTask(tasks, cancellation.code(), path, errors).orElse(null);
            if (code != null && !cancelled.add(code)) {
                errors.add(new FieldProblem(path + ".code", "Nhiệm vụ " + code + " được hủy hai lần"));
            }
            String reason = Texts.trimToNull(cancellation.reason());
            if (reason == null) {
                errors.add(new FieldProblem(path + ".reason",
                        "Nhiệm vụ " + (code == null ? "" : code + " ") + "bị hủy: phải ghi lý do hủy"));
            }
            else if (reason.length() > 1000) {
                errors.add(new FieldProblem(path + ".reason", "Lý do hủy dài quá 1000 ký tự"));
            }
        }
        for (int i = 0; i < amendment.moveDeadlines().size(); i++) {
            AmendmentDraft.DeadlineChange change = amendment.moveDeadlines().get(i);
            String path = "moveDeadlines[" + i + "]";
            Optional<String> code = existingTask(tasks, change.code(), path, errors);
            code.filter(cancelled::contains)
                .ifPresent(c -> errors.add(new FieldProblem(path + ".code",
                        "Nhiệm vụ " + c + " bị hủy trong cùng văn bản, không thể điều chỉnh thời hạn")));
            if (change.dueDate() == null) {
                errors.add(new FieldProblem(path + ".dueDate", "Thiếu thời hạn mới (dueDate)"));
            }
            else if (change.dueDate().isBefore(issuedOn)) {
                errors.add(new FieldProblem(path + ".dueDate", "Thời hạn mới " + change.dueDate().format(DATE)
                        + " trước ngày ban hành văn bản điều chỉnh " + issuedOn.format(DATE)));
            }
        }
        for (int i = 0; i < amendment.changeLeadAgencies().size(); i++) {
            AmendmentDraft.LeadChange change = amendment.changeLeadAgencies().get(i);
            String path = "changeLeadAgencies[" + i + "]";
            Optional<AmendmentStore.TaskRow> task = existingTask(tasks, change.code(), path, errors).map(tasks::get);
            task.filter(t -> cancelled.contains(t.code()))
                .ifPresent(t -> errors.add(new FieldProblem(path + ".code",
                        "Nhiệm vụ " + t.code() + " bị hủy trong cùng văn bản, không thể đổi cơ quan chủ trì")));
            String from = Texts.trimToNull(change.from());
            String to = Texts.trimToNull(change.to());
            List<String> leads = task.map(t -> store.agencies(t.id(), "LEAD")).orElse(List.of());
            if (from == null) {
                errors.add(new FieldProblem(path + ".from", "Thiếu cơ quan chủ trì được thay (from)"));
            }
            else if (task.isPresent() && !leads.contains(from)) {
                errors.add(new FieldProblem(path + ".from",
                        "Cơ quan '" + from + "' không chủ trì nhiệm vụ " + task.get().code()));
            }
            if (to == null) {
                errors.add(new FieldProblem(path + ".to", "Thiếu cơ quan chủ trì mới (to)"));
                continue;
            }
            plans.checkAgencies(List.of(to), path + ".to", "Cơ quan chủ trì mới", errors);
            errors.replaceAll(problem -> problem.field().equals(path + ".to[0]")
                    ? new FieldProblem(path + ".to", problem.message()) : problem);
            if (task.isPresent()
                    && (leads.contains(to) || store.agencies(task.get().id(), "COORDINATING").contains(to))) {
                errors.add(new FieldProblem(path + ".to",
                        "Cơ quan '" + to + "' đã chủ trì hoặc phối hợp nhiệm vụ " + task.get().code()));
            }
        }
        return errors;
    }

    /**
     * The code of an existing task that is not cancelled, or empty after recording the
     * problem.
     */
    private static Optional<String> existingTask(Map<String, AmendmentStore.TaskRow> tasks, String code, String path,
            List<FieldProblem> errors) {
        String trimmed = Texts.trimToNull(code);
        if (trimmed == null) {
            errors.add(new FieldProblem(path + ".code", "Thiếu số thứ tự nhiệm vụ (code)"));
            return Optional.empty();
        }
        AmendmentStore.TaskRow task = tasks.get(trimmed);
        if (task == null) {
            errors.add(new FieldProblem(path + ".code", "Kế hoạch không có nhiệm vụ số '" + trimmed + "'"));
            return Optional.empty();
        }
        if (task.isCancelled()) {
            errors.add(new FieldProblem(path + ".code", "Nhiệm vụ " + trimmed + " đã bị hủy trước đây"));
            return Optional.empty();
        }
        return Optional.of(trimmed);
    }

}
