package vn.gov.oversight.assignment;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.oversight.assignment.TaskAssignmentProcess.Elements;
import vn.gov.oversight.assignment.TaskAssignmentProcess.Messages;
import vn.gov.oversight.assignment.TaskAssignmentProcess.Variables;
import vn.gov.oversight.deadline.WorkingCalendar;
import vn.gov.oversight.escalation.Escalations;
import vn.gov.oversight.escalation.StepDeadlines;
import vn.gov.oversight.organization.Directory;
import vn.gov.oversight.system.ConflictException;
import vn.gov.oversight.system.InvalidInputException;
import vn.gov.oversight.system.InvalidInputException.FieldProblem;
import vn.gov.oversight.system.NotFoundException;
import vn.gov.oversight.system.PeopleDates;

/**
 * Starts and records assignments. Every change of an assignment's state goes through
 * here, from the process (listeners and delegates) or from the plan module, inside the
 * caller's transaction.
 */
@Service
@Transactional
public class Assignments {

    private static final Logger log = LoggerFactory.getLogger(Assignments.class);

    private static final DateTimeFormatter VIETNAMESE_DATE = PeopleDates.DAY;

    private final AssignmentStore store;

    private final RuntimeService runtime;

    private final Directory directory;

    private final Clock clock;

    private final ApplicationEventPublisher events;

    private final Escalations escalations;

    private final StepDeadlines steps;

    private final WorkingCalendar calendar;

    Assignments(AssignmentStore store, RuntimeService runtime, Directory directory, Clock clock,
            ApplicationEventPublisher events, Escalations escalations, StepDeadlines steps, WorkingCalendar calendar) {
        this.store = store;
        this.runtime = runtime;
        this.directory = directory;
        this.clock = clock;
        this.events = events;
        this.escalations = escalations;
        this.steps = steps;
        this.calendar = calendar;
    }

    /** The business key of an assignment: {@code <planCode>/<taskCode>/<agencyCode>}. */
    public static String businessKey(String planCode, String taskCode, String agencyCode) {
        return planCode + "/" + taskCode + "/" + agencyCode;
    }

    /** Records the assignment and starts its {@code taskAssignment} process. */
    public Assignment start(AssignmentRequest request) {
        return start(request, businessKey(request.planCode(), request.taskCode(), request.agencyCode()), null);
    }

    /**
     * Starts the next round of a yearly or ongoing task: {@code previous}'s task, for its
     * lead agency now, due on {@code dueDate}. Its business key is the first round's with
     * {@code #<round>}.
     */
    public Assignment startNextRound(Assignment previous, LocalDate dueDate, boolean reviewLocalPlan) {
        int round = previous.round() + 1;
        String first = previous.businessKey().contains("#")
                ? previous.businessKey().substring(0, previous.businessKey().lastIndexOf('#')) : previous.businessKey();
        return start(
                new AssignmentRequest(previous.planId(), previous.planCode(), previous.taskCode(), previous.taskTitle(),
                        previous.taskGroup(), previous.agencyCode(), previous.coordinatingAgencies(), dueDate,
                        reviewLocalPlan, round),
                first + "#" + round,
                "Đợt " + round + " của nhiệm vụ thực hiện hằng năm, hạn " + dueDate.format(VIETNAMESE_DATE));
    }

    private Assignment start(AssignmentRequest request, String businessKey, String note) {
        return store.find(begin(request, businessKey, note)).orElseThrow();
    }

    /**
     * Starts these assignments (each with its usual business key) in the caller's
     * transaction, leaving out those whose business key exists already: a batch of a
     * plan's roll-out run a second time starts none twice. Returns how many were started.
     */
    public int startAll(List<AssignmentRequest> requests) {
        List<String> keys = requests.stream()
            .map(request -> businessKey(request.planCode(), request.taskCode(), request.agencyCode()))
            .toList();
        Set<String> existing = store.existingKeys(keys);
        int started = 0;
        for (int i = 0; i < requests.size(); i++) {
            if (!existing.contains(keys.get(i))) {
                begin(requests.get(i), keys.get(i), null);
                started++;
            }
        }
        return started;
    }

    private long begin(AssignmentRequest request, String businessKey, String note) {
        long id = store.insert(request, businessKey);
        Map<String, Object> variables = new HashMap<>();
        variables.put(Variables.ASSIGNMENT_ID, id);
        variables.put(Variables.AGENCY_CODE, request.agencyCode());
        variables.put(Variables.REVIEW_LOCAL_PLAN, request.reviewLocalPlan());
        store.addEvent(id, clock.instant(), "ASSIGNED", AssignmentStage.ASSIGNED, null, request.agencyCode(), note);
        ProcessInstance instance = runtime.createProcessInstanceByKey(TaskAssignmentProcess.KEY)
            .businessKey(businessKey)
            .setVariables(variables)
            .execute();
        store.setProcessInstance(id, instance.getId());
        events.publishEvent(new AssignmentStarted(id, request.agencyCode()));
        log.debug("Assignment {} started: {}", id, businessKey);
        return id;
    }

    /**
     * The assignment a {@code taskAssignment} instance works for, from its business key:
     * process variables can be sent along by a person and are not trusted for this.
     */
    long assignmentOf(String businessKey) {
        return store.idOf(businessKey)
            .orElseThrow(() -> new IllegalStateException("No assignment for business key " + businessKey));
    }

    /** The coordinator returned the agency's work at {@code stage} for revision. */
    void returned(long id, AssignmentStage stage) {
        events.publishEvent(new AssignmentReturned(id, agencyOf(id), stage));
    }

    Optional<Assignment> find(long id) {
        return store.find(id);
    }

    /** The lead agency of an assignment now (a succession may have moved it). */
    String agencyOf(long assignmentId) {
        return store.find(assignmentId).orElseThrow().agencyCode();
    }

    @Transactional(readOnly = true)
    public Optional<Assignment.Details> details(long id) {
        return store.find(id).map(assignment -> new Assignment.Details(assignment, store.events(id)));
    }

    /**
     * The histories of these assignments, by assignment id (one query, for a page of
     * many).
     */
    @Transactional(readOnly = true)
    public Map<Long, List<Assignment.Event>> histories(Collection<Long> ids) {
        return store.events(ids);
    }

    @Transactional(readOnly = true)
    public List<Assignment> ofPlan(long planId) {
        return store.ofPlan(planId);
    }

    /**
     * What the board counts, without reading every assignment: for each lead agency,
     * plan, task group and month of the deadline, the open assignments (and of them the
     * overdue and the due soon) and the done ones on time and late; transferred and
     * cancelled ones count nowhere. An open assignment is overdue when its current step's
     * due moment is before {@code now} or its task's deadline day is not after
     * {@code overdueThrough}; due soon (not being overdue) when that moment is not after
     * {@code dueSoonUntil} or that day not after {@code dueSoonThrough}.
     */
    public record Tally(String agency, String planCode, String taskGroup, int dueYear, int dueMonth, long open,
            long overdue, long dueSoon, long doneOnTime, long doneLate) {
    }

    @Transactional(readOnly = true)
    public List<Tally> tally(Instant now, LocalDate overdueThrough, Instant dueSoonUntil, LocalDate dueSoonThrough) {
        return store.tally(now, overdueThrough, dueSoonUntil, dueSoonThrough);
    }

    /**
     * The assignments a narrowed board counts ({@code planCode} and {@code group} when
     * given, the task's deadline within the days given), by id, with their lead agency.
     */
    @Transactional(readOnly = true)
    public Map<Long, String> counted(String planCode, String group, LocalDate dueFrom, LocalDate dueTo) {
        return store.counted(planCode, group, dueFrom, dueTo);
    }

    @Transactional(readOnly = true)
    public List<Assignment> search(String planCode, String agencyCode, AssignmentStage stage) {
        return store.search(planCode, agencyCode, stage);
    }

    // --- called by the process

    void stageStarted(long id, AssignmentStage stage, Instant dueAt) {
        store.setStage(id, stage, dueAt);
        store.addEvent(id, clock.instant(), "STAGE_STARTED", stage, null, null, null);
    }

    void recordEvent(long id, String kind, AssignmentStage stage, String actor, String agency, String comment) {
        store.addEvent(id, clock.instant(), kind, stage, actor, agency, comment);
    }

    void officerNamed(long id, String userId) {
        store.setOfficer(id, userId);
    }

    void draftSubmitted(long id, String summary) {
        store.setDraftSummary(id, summary);
    }

    void completionReported(long id, String summary) {
        store.setResultSummary(id, summary);
    }

    void localPlanIssued(long id, Assignment.LocalPlan plan) {
        store.setLocalPlan(id, plan);
        store.addEvent(id, clock.instant(), "LOCAL_PLAN_ISSUED", AssignmentStage.ISSUING_PLAN, null, null,
                plan.documentNumber() + " ngày " + plan.issuedOn().format(VIETNAMESE_DATE) + ", " + plan.signer());
    }

    /**
     * Done on the day the coordinator confirms: on time when that day is not after the
     * deadline.
     */
    Assignment.Outcome completed(long id) {
        Assignment assignment = store.find(id).orElseThrow();
        LocalDate today = LocalDate.now(clock);
        Assignment.Outcome outcome = today.isAfter(assignment.dueDate()) ? Assignment.Outcome.DONE_LATE
                : Assignment.Outcome.DONE_ON_TIME;
        store.setDone(id, today, outcome);
        store.addEvent(id, clock.instant(), outcome.name(), AssignmentStage.DONE, null, null, null);
        events.publishEvent(new AssignmentCompleted(id));
        return outcome;
    }

    // --- what an amendment of the plan does (amendment: "215/KH-UBND ngày 10/05/2026",
    // as people cite it)

    /** A line of history naming the amendment that changed the assignment. */
    public void noteAmendment(long id, String kind, String text, String actor) {
        store.addEvent(id, clock.instant(), kind, null, actor, null, text);
    }

    /**
     * Cancels an open assignment: it ends with the reason, counts neither as done nor as
     * late, its escalations are withdrawn, and its process ends through the model's event
     * "Nhiệm vụ bị hủy". Done ones stay done.
     */
    public boolean cancel(long id, String amendment, String reason, String actor) {
        return amendOpen(id, Messages.TASK_CANCELLED, assignment -> {
            store.setCancelled(id, LocalDate.now(clock), reason);
            store.addEvent(id, clock.instant(), "CANCELLED", AssignmentStage.CANCELLED, actor, null,
                    "Hủy theo " + amendment + ": " + reason);
            escalations.withdraw(AssignmentLadderSubjects.SUBJECT_TYPE, id, "Nhiệm vụ đã hủy theo " + amendment, actor);
            log.info("Assignment {} cancelled by {}", id, amendment);
        });
    }

    /**
     * Moves an open assignment's deadline; the model's event "Thời hạn được điều chỉnh"
     * re-times the carrying-out step, if it waits, and its ladder.
     */
    public boolean moveDeadline(long id, LocalDate dueDate, String amendment, String actor) {
        return amendOpen(id, Messages.TASK_DEADLINE_MOVED, assignment -> {
            store.setDueDate(id, dueDate);
            store.addEvent(id, clock.instant(), "DEADLINE_MOVED", null, actor, null,
                    "Điều chỉnh thời hạn từ " + assignment.dueDate().format(VIETNAMESE_DATE) + " thành "
                            + dueDate.format(VIETNAMESE_DATE) + " theo " + amendment);
        });
    }

    /**
     * Gives an open assignment to another lead agency; the model's event "Cơ quan chủ trì
     * thay đổi" hands its open steps over. Its history stays with it.
     */
    public boolean changeLeadAgency(long id, String agencyCode, String amendment, String actor) {
        return amendOpen(id, Messages.LEAD_AGENCY_CHANGED, assignment -> {
            store.setLeadAgency(id, agencyCode);
            store.addEvent(id, clock.instant(), "LEAD_AGENCY_CHANGED", null, actor, agencyCode,
                    "Chuyển cơ quan chủ trì từ " + assignment.agencyCode() + " sang " + agencyCode + " theo "
                            + amendment);
        });
    }

    /**
     * Records a change of an open assignment, then tells its process (done and cancelled
     * ones are left alone).
     */
    private boolean amendOpen(long id, String message, Consumer<Assignment> change) {
        Assignment assignment = store.find(id).orElseThrow();
        if (!assignment.isOpen()) {
            return false;
        }
        change.accept(assignment);
        correlate(assignment, message);
        return true;
    }

    private void correlate(Assignment assignment, String message) {
        runtime.createMessageCorrelation(message)
            .processInstanceId(assignment.processInstanceId())
            .correlateWithResult();
    }

    /**
     * Called by the model after a moved deadline: the carrying-out step, if it waits, is
     * due on the new date.
     */
    void retimeCarryOut(long id) {
        Assignment assignment = store.find(id).orElseThrow();
        if (assignment.stage() != AssignmentStage.CARRYING_OUT) {
            return; // the carrying-out step reads the new date when it begins
        }
        Instant due = calendar.endOf(assignment.dueDate()).toInstant();
        steps.move(assignment.processInstanceId(), Elements.TASK_CARRY_OUT_TASK, Date.from(due));
        store.setStage(id, AssignmentStage.CARRYING_OUT, due);
    }

    boolean isMember(String agencyCode, String userId) {
        return directory.isCurrentMember(directory.currentAgencyFor(agencyCode), userId);
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The agency's assignments that have not ended, as a succession sees them. */
    List<Assignment> openOf(String agencyCode) {
        return store.openOf(agencyCode);
    }

    /**
     * Hands an open assignment on: to one agency (it moves with its history and its
     * waiting step), or to several (each starts its own assignment of the same task and
     * deadline, unless it has one already, and this one ends as transferred, counted
     * neither done nor late).
     * @param kind the history line's kind (AGENCY_SUCCEEDED, REASSIGNED,
     * RETURNED_FOR_REASSIGNMENT)
     * @param awaiting whether the receiving agency holds it only to give it on (the
     * coordinator, when returned)
     */
    void handOn(long id, List<String> agencies, String kind, String note, String actor, boolean awaiting) {
        Assignment assignment = store.find(id).orElseThrow();
        if (agencies.size() == 1) {
            String to = agencies.get(0);
            store.setAgency(id, to, awaiting);
            if (assignment.processInstanceId() != null) {
                directory.moveInstance(assignment.processInstanceId(), assignment.agencyCode(), to);
            }
            store.addEvent(id, clock.instant(), kind, assignment.stage(), actor, to, note);
            return;
        }
        List<String> started = new ArrayList<>();
        // each copy keeps the plan's choice on reviewing drafts (set when the original
        // started) and its round
        boolean review = assignment.processInstanceId() != null && Boolean.TRUE
            .equals(runtime.getVariable(assignment.processInstanceId(), Variables.REVIEW_LOCAL_PLAN));
        for (String agency : agencies) {
            String key = businessKey(assignment.planCode(), assignment.taskCode(), agency)
                    + (assignment.round() > 1 ? "#" + assignment.round() : "");
            if (store.idOf(key).isEmpty()) {
                Assignment copy = start(
                        new AssignmentRequest(assignment.planId(), assignment.planCode(), assignment.taskCode(),
                                assignment.taskTitle(), assignment.taskGroup(), agency,
                                assignment.coordinatingAgencies(), assignment.dueDate(), review, assignment.round()),
                        key, note + " (tách từ nhiệm vụ số " + id + " của " + assignment.agencyCode() + ")");
                started.add(agency);
            }
        }
        store.setTransferred(id);
        if (assignment.processInstanceId() != null
                && runtime.createProcessInstanceQuery().processInstanceId(assignment.processInstanceId()).count() > 0) {
            runtime.deleteProcessInstance(assignment.processInstanceId(),
                    "Chuyển giao cho " + String.join(", ", agencies), true);
        }
        store.addEvent(id, clock.instant(), "TRANSFERRED", AssignmentStage.TRANSFERRED, actor, null,
                note + ": chuyển giao cho " + String.join(", ", agencies));
        log.info("Assignment {} handed on to {} (new assignments for {})", id, agencies, started);
    }

    /**
     * The coordinator gives an assignment to another agency, or shares it out among
     * several: an assignment a succession handed back, or one whose lead agency changes.
     */
    public Assignment reassign(long id, List<String> agencyCodes, String reason, String actor) {
        Assignment assignment = store.find(id)
            .orElseThrow(() -> new NotFoundException("Không có nhiệm vụ được giao số " + id));
        List<FieldProblem> problems = new ArrayList<>();
        if (assignment.stage().isEnded()) {
            throw new ConflictException("stage",
                    "Nhiệm vụ đã kết thúc (" + assignment.stage().label() + "): không giao lại được");
        }
        List<String> agencies = agencyCodes == null ? List.of()
                : agencyCodes.stream()
                    .filter(Objects::nonNull)
                    .map(String::trim)
                    .filter(code -> !code.isEmpty())
                    .distinct()
                    .toList();
        if (agencies.isEmpty()) {
            problems.add(new FieldProblem("agencyCodes", "Chưa chọn cơ quan nhận nhiệm vụ"));
        }
        for (String code : agencies) {
            var agency = directory.agency(code);
            if (agency.isEmpty() || !agency.get().isValidOn(today())) {
                problems.add(new FieldProblem("agencyCodes",
                        "Cơ quan '" + code + "' không tồn tại hoặc không còn hoạt động"));
            }
            else if (code.equals(assignment.agencyCode())) {
                problems.add(new FieldProblem("agencyCodes", "Nhiệm vụ đang do " + agency.get().name() + " chủ trì"));
            }
        }
        String why = reason == null || reason.isBlank() ? null : reason.trim();
        if (why != null && why.length() > 2000) {
            problems.add(new FieldProblem("reason", "Lý do dài quá 2.000 ký tự"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        handOn(id, agencies, "REASSIGNED", why == null ? "Cơ quan thường trực giao lại" : "Giao lại: " + why, actor,
                false);
        return store.find(id).orElseThrow();
    }

    boolean awaitingReassignment(long id) {
        return store.awaitingReassignment(id);
    }

}
