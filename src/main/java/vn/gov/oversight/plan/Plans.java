package vn.gov.oversight.plan;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import vn.gov.oversight.assignment.Assignments;
import vn.gov.oversight.organization.Agency;
import vn.gov.oversight.organization.Directory;
import vn.gov.oversight.system.InvalidInputException;
import vn.gov.oversight.system.InvalidInputException.FieldProblem;
import vn.gov.oversight.system.Texts;

/**
 * Creates plans and starts their assignments: every problem of the input is reported at
 * once and nothing is written if there is any; a valid plan is saved with its tasks in
 * one transaction, its assignments started in batches of their own by
 * {@link PlanRollOut}.
 */
@Service
@Transactional
class Plans {

    private static final Logger log = LoggerFactory.getLogger(Plans.class);

    static final int MAX_TASKS = 2000;
    static final int MAX_OUTSIDE_BODIES = 50;

    private final PlanStore store;

    private final Assignments assignments;

    private final Directory directory;

    private final Clock clock;

    private final PlanRollOut rollOut;

    private final TransactionTemplate transactions;

    private final Duration answerWithin;

    Plans(PlanStore store, Assignments assignments, Directory directory, Clock clock, PlanRollOut rollOut,
            PlatformTransactionManager transactionManager,
            @Value("${oversight.plans.roll-out.answer-within:PT30S}") Duration answerWithin) {
        this.store = store;
        this.assignments = assignments;
        this.directory = directory;
        this.clock = clock;
        this.rollOut = rollOut;
        this.transactions = new TransactionTemplate(transactionManager);
        this.answerWithin = answerWithin;
    }

    /**
     * Saves the plan and its tasks in one transaction, with the batches that start its
     * assignments; then waits up to {@code oversight.plans.roll-out.answer-within} for
     * them (outside any transaction). The plan returned tells how far its roll-out came.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    Plan create(PlanDraft draft, String createdBy) {
        long id = transactions.execute(status -> {
            InvalidInputException.throwIfAny(validate(draft));
            long planId = store.insert(draft, createdBy);
            rollOut.schedule(planId,
                    PlanStore.tasks(draft).stream().mapToInt(task -> task.leadAgencies().size()).sum());
            return planId;
        });
        PlanRollOut.Progress progress = rollOut.await(id, answerWithin);
        Plan plan = store.plan(id).orElseThrow();
        log.info("Plan {} created with {} tasks by {}: {} of {} assignments started", plan.code(), plan.tasks().size(),
                createdBy, progress.started(), progress.assignments());
        return withAssignments(plan);
    }

    /** Every problem of a draft, as {@link #create} would refuse it. */
    @Transactional(readOnly = true)
    List<FieldProblem> problems(PlanDraft draft) {
        return validate(draft);
    }

    /** The problems of a draft's heading (code, title, issuer, date, directive). */
    @Transactional(readOnly = true)
    List<FieldProblem> headerProblems(PlanDraft draft) {
        return validateHeader(draft);
    }

    @Transactional(readOnly = true)
    List<Plan> plans() {
        return store.plans();
    }

    @Transactional(readOnly = true)
    Optional<Plan> plan(long id) {
        return store.plan(id).map(this::withAssignments);
    }

    private Plan withAssignments(Plan plan) {
        return plan.with(assignments.ofPlan(plan.id()).stream().map(Plan.AssignmentSummary::of).toList(),
                rollOut.progress(plan.id()));
    }

    // --- validation

    private List<FieldProblem> validate(PlanDraft draft) {
        List<FieldProblem> errors = validateHeader(draft);
        if (draft.tasks() == null || draft.tasks().isEmpty()) {
            errors.add(new FieldProblem("tasks", "Kế hoạch phải có ít nhất một nhiệm vụ"));
            return errors;
        }
        if (draft.tasks().size() > MAX_TASKS) {
            errors.add(new FieldProblem("tasks", "Kế hoạch có quá " + MAX_TASKS + " nhiệm vụ"));
            return errors;
        }
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < draft.tasks().size(); i++) {
            validateTask(draft.tasks().get(i), "tasks[" + i + "]", draft.issuedOn(), codes, errors);
        }
        return errors;
    }

    private List<FieldProblem> validateHeader(PlanDraft draft) {
        List<FieldProblem> errors = new ArrayList<>();
        String code = Texts.trimToNull(draft.code());
        if (code == null) {
            errors.add(new FieldProblem("code", "Số, ký hiệu kế hoạch là bắt buộc (ví dụ 151/KH-UBND)"));
        }
        else if (code.length() > 64) {
            errors.add(new FieldProblem("code", "Số, ký hiệu kế hoạch dài quá 64 ký tự"));
        }
        else if (store.codeExists(code)) {
            errors.add(new FieldProblem("code", "Kế hoạch số '" + code + "' đã có trong hệ thống"));
        }
        if (Texts.trimToNull(draft.title()) == null) {
            errors.add(new FieldProblem("title", "Tên kế hoạch là bắt buộc"));
        }
        else if (draft.title().length() > 1000) {
            errors.add(new FieldProblem("title", "Tên kế hoạch dài quá 1000 ký tự"));
        }
        String issuer = Texts.trimToNull(draft.issuingBody());
        if (issuer == null) {
            errors.add(new FieldProblem("issuingBody", "Cơ quan ban hành là bắt buộc (mã cơ quan, ví dụ ubnd-tinh)"));
        }
        else if (directory.agency(issuer).isEmpty()) {
            errors.add(new FieldProblem("issuingBody", "Không có cơ quan mã '" + issuer + "'"));
        }
        if (draft.issuedOn() == null) {
            errors.add(new FieldProblem("issuedOn", "Ngày ban hành là bắt buộc"));
        }
        else if (draft.issuedOn().isAfter(LocalDate.now(clock))) {
            errors.add(new FieldProblem("issuedOn", "Ngày ban hành " + draft.issuedOn() + " chưa đến"));
        }
        if (draft.directive() != null && draft.directive().length() > 255) {
            errors.add(new FieldProblem("directive", "Văn bản được thực hiện dài quá 255 ký tự"));
        }
        return errors;
    }

    /**
     * One task of the appendix, of a new plan or added by an amendment ({@code codes}:
     * those taken so far).
     */
    void validateTask(PlanDraft.TaskDraft task, String path, LocalDate issuedOn, Set<String> codes,
            List<FieldProblem> errors) {
        String code = Texts.trimToNull(task.code());
        if (code == null) {
            errors.add(new FieldProblem(path + ".code", "Nhiệm vụ thứ " + index(path) + ": thiếu số thứ tự (code)"));
        }
        else if (code.length() > 32) {
            errors.add(new FieldProblem(path + ".code", "Số thứ tự '" + code + "' dài quá 32 ký tự"));
        }
        else if (!codes.add(code)) {
            errors.add(new FieldProblem(path + ".code", "Số thứ tự nhiệm vụ '" + code + "' bị trùng"));
        }
        String label = "Nhiệm vụ " + (code != null ? code : "thứ " + index(path));
        if (Texts.trimToNull(task.title()) == null) {
            errors.add(new FieldProblem(path + ".title", label + ": thiếu nội dung nhiệm vụ"));
        }
        else if (task.title().length() > 2000) {
            errors.add(new FieldProblem(path + ".title", label + ": nội dung dài quá 2000 ký tự"));
        }
        if (task.group() != null && task.group().length() > 500) {
            errors.add(new FieldProblem(path + ".group", label + ": tên nhóm nhiệm vụ dài quá 500 ký tự"));
        }
        List<String> leads = task.leadAgencies() == null ? List.of() : task.leadAgencies();
        List<String> coordinating = task.coordinatingAgencies() == null ? List.of() : task.coordinatingAgencies();
        if (leads.isEmpty()) {
            errors.add(new FieldProblem(path + ".leadAgencies", label + ": phải có ít nhất một cơ quan chủ trì"));
        }
        checkAgencies(leads, path + ".leadAgencies", label, errors);
        checkAgencies(coordinating, path + ".coordinatingAgencies", label, errors);
        for (String agency : coordinating) {
            if (agency != null
                    && leads.stream().anyMatch(lead -> agency.trim().equals(lead == null ? null : lead.trim()))) {
                errors.add(new FieldProblem(path + ".coordinatingAgencies",
                        label + ": cơ quan '" + agency.trim() + "' không thể vừa chủ trì vừa phối hợp"));
            }
        }
        if (task.dueDate() == null) {
            errors.add(new FieldProblem(path + ".dueDate", label + ": thiếu thời hạn hoàn thành (dueDate)"));
        }
        else if (issuedOn != null && task.dueDate().isBefore(issuedOn)) {
            errors.add(new FieldProblem(path + ".dueDate",
                    label + ": thời hạn " + task.dueDate() + " trước ngày ban hành kế hoạch " + issuedOn));
        }
        if (task.output() != null && task.output().length() > 1000) {
            errors.add(new FieldProblem(path + ".output", label + ": sản phẩm dài quá 1000 ký tự"));
        }
        List<String> outside = task.outsideCoordinators() == null ? List.of() : task.outsideCoordinators();
        if (outside.size() > MAX_OUTSIDE_BODIES) {
            errors.add(new FieldProblem(path + ".outsideCoordinators",
                    label + ": quá " + MAX_OUTSIDE_BODIES + " cơ quan phối hợp ngoài danh bạ"));
        }
        for (int i = 0; i < outside.size() && i < MAX_OUTSIDE_BODIES; i++) {
            String name = Texts.trimToNull(outside.get(i));
            if (name == null || name.length() > 255) {
                errors.add(new FieldProblem(path + ".outsideCoordinators[" + i + "]",
                        label + ": tên cơ quan phối hợp ngoài danh bạ phải có và dài không quá 255 ký tự"));
            }
        }
    }

    void checkAgencies(List<String> codes, String path, String label, List<FieldProblem> errors) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < codes.size(); i++) {
            String code = Texts.trimToNull(codes.get(i));
            String field = path + "[" + i + "]";
            if (code == null) {
                errors.add(new FieldProblem(field, label + ": mã cơ quan trống"));
                continue;
            }
            if (!seen.add(code)) {
                errors.add(new FieldProblem(field, label + ": cơ quan '" + code + "' được ghi hai lần"));
                continue;
            }
            Optional<Agency> agency = directory.agency(code);
            if (agency.isEmpty()) {
                errors.add(new FieldProblem(field, label + ": không có cơ quan mã '" + code + "'"));
            }
            else if (agency.get().successorCode() != null && !directory.currentAgencyFor(code).equals(code)) {
                errors.add(new FieldProblem(field, label + ": cơ quan '" + agency.get().name() + "' đã sáp nhập vào '"
                        + directory.currentAgencyFor(code) + "'"));
            }
            else if (!agency.get().isValidOn(LocalDate.now(clock))) {
                errors.add(
                        new FieldProblem(field, label + ": cơ quan '" + agency.get().name() + "' không còn hoạt động"));
            }
        }
    }

    private static String index(String path) {
        return String.valueOf(Integer.parseInt(path.substring(path.indexOf('[') + 1, path.indexOf(']'))) + 1);
    }

}
