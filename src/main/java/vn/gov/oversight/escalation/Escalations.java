package vn.gov.oversight.escalation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.oversight.deadline.WorkingCalendar;
import vn.gov.oversight.escalation.EscalationReviewProcess.Variables;
import vn.gov.oversight.organization.Directory;
import vn.gov.oversight.system.PeopleDates;

/**
 * The ladder and the escalations. Every rung is recorded once per step occurrence (the
 * step and its due moment) and every escalation once per subject and level, by unique
 * constraints: a job that runs twice, or on two nodes, fails on the second insert and
 * finds the record on its retry.
 */
@Service
@Transactional
public class Escalations {

    private static final Logger log = LoggerFactory.getLogger(Escalations.class);
    static final String BUSINESS_KEY_PREFIX = "escalation/";

    private static final ZoneId ZONE = PeopleDates.VIETNAM;

    private static final DateTimeFormatter DATE = PeopleDates.DAY;

    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    private final EscalationStore store;

    private final EscalationLadder ladder;

    private final StepDeadlines steps;

    private final RuntimeService runtime;

    private final Directory directory;

    private final WorkingCalendar calendar;

    private final ApplicationEventPublisher events;

    Escalations(EscalationStore store, EscalationLadder ladder, StepDeadlines steps, RuntimeService runtime,
            Directory directory, WorkingCalendar calendar, ApplicationEventPublisher events) {
        this.store = store;
        this.ladder = ladder;
        this.steps = steps;
        this.runtime = runtime;
        this.directory = directory;
        this.calendar = calendar;
        this.events = events;
    }

    // ------------------------------------------------------------------ the ladder

    /**
     * Fires one rung of the ladder for a waiting step's occurrence (its due moment),
     * once: a timer run twice, or on two nodes, finds the rung recorded (and the
     * escalation raised) and does nothing more.
     */
    void fire(LadderSubject subject, Instant dueAt, Rung rung, String processInstanceId) {
        if (store.rungFired(subject, subject.stepKey(), dueAt, rung)) {
            return;
        }
        Instant now = ladder.now().toInstant();
        Long escalationId = rung == Rung.ESCALATION ? raise(subject, subject.stepKey(), dueAt, processInstanceId, now)
                : null;
        store.insertRung(subject, subject.stepKey(), dueAt, rung, now);
        log.info("Ladder {} for {} {} step {} due {}", rung, subject.type(), subject.id(), subject.stepKey(), dueAt);
        events.publishEvent(new StepRungFired(subject.type(), subject.id(), subject.stepKey(), rung,
                subject.agencyCode(), dueAt, now, escalationId));
    }

    private long raise(LadderSubject subject, String stepKey, Instant dueAt, String processInstanceId, Instant now) {
        Optional<Long> existing = store.escalationFor(subject, stepKey, dueAt);
        if (existing.isPresent()) {
            return existing.get();
        }
        long id = store.insertEscalation(subject, store.nextLevel(subject), stepKey, dueAt, now, processInstanceId);
        Map<String, Object> variables = new HashMap<>();
        variables.put(Variables.ESCALATION_ID, id);
        variables.put(Variables.ESCALATED_AGENCY, subject.agencyCode());
        String review = runtime.createProcessInstanceByKey(EscalationReviewProcess.KEY)
            .businessKey(BUSINESS_KEY_PREFIX + id)
            .setVariables(variables)
            .execute()
            .getId();
        store.setReviewProcess(id, review);
        log.info("Escalation {} raised for {} {} ({}), review {}", id, subject.type(), subject.id(),
                subject.agencyCode(), review);
        return id;
    }

    /**
     * The escalation an {@code escalationReview} instance decides, from its business key:
     * a process variable could be sent along by a person with the decision and is not
     * trusted for this.
     */
    static long idOf(String businessKey) {
        if (businessKey == null || !businessKey.startsWith(BUSINESS_KEY_PREFIX)) {
            throw new IllegalStateException("Not an escalation review: " + businessKey);
        }
        return Long.parseLong(businessKey.substring(BUSINESS_KEY_PREFIX.length()));
    }

    /**
     * What the review's forms show, read when a form is opened (names today, days overdue
     * today, the reminders so far), never stored in the process.
     */
    Map<String, Object> displayValues(long id) {
        Instant now = ladder.now().toInstant();
        return store.find(id, now).map(escalation -> {
            Map<String, Object> values = new HashMap<>();
            values.put(Variables.AGENCY_NAME,
                    directory.agency(escalation.agency()).map(a -> a.name()).orElse(escalation.agency()));
            values.put(Variables.SUBJECT_TITLE, escalation.title());
            values.put(Variables.STEP_LABEL, escalation.stepLabel());
            values.put(Variables.DUE_DATE_TEXT, escalation.dueDate().format(DATE));
            values.put(Variables.DAYS_OVERDUE, escalation.daysOverdue());
            values.put(Variables.HISTORY_TEXT, history(escalation.subjectType(), escalation.subjectId(), now));
            return values;
        }).orElse(Map.of());
    }

    /** These escalations as a workbook (the list's export), agencies by their names. */
    public byte[] workbook(List<Escalation> escalations, Function<String, String> agencyNames) {
        return EscalationsWorkbook.of(escalations, agencyNames);
    }

    /**
     * A rung of the ladder that went before an escalation, as the committee's inbox shows
     * it.
     */
    public record RungBefore(Rung rung, String label, Instant firedAt, Instant dueAt) {
    }

    /**
     * The reminders and notices that went before each escalation, oldest first, by
     * escalation id.
     */
    @Transactional(readOnly = true)
    public Map<Long, List<RungBefore>> rungsBefore(List<Escalation> escalations) {
        Map<Long, List<RungBefore>> before = new HashMap<>();
        for (Escalation escalation : escalations) {
            before.put(escalation.id(), store.rungs(escalation.subjectType(), escalation.subjectId())
                .stream()
                .filter(rung -> rung.rung() != Rung.ESCALATION && !rung.firedAt().isAfter(escalation.raisedAt()))
                .map(rung -> new RungBefore(rung.rung(), label(rung.rung()), rung.firedAt(), rung.dueAt()))
                .toList());
        }
        return before;
    }

    private static String label(Rung rung) {
        return switch (rung) {
            case REMINDER -> "Nhắc việc";
            case OVERDUE -> "Thông báo quá hạn";
            case ESCALATION -> "Chuyển Ban Chỉ đạo";
        };
    }

    /** The reminders and notices of a subject so far, as a person reads them. */
    private String history(String subjectType, long subjectId, Instant now) {
        List<EscalationStore.FiredRung> rungs = store.rungs(subjectType, subjectId);
        String lines = rungs.stream()
            .map(rung -> "- " + label(rung.rung()) + " lúc " + rung.firedAt().atZone(ZONE).format(MOMENT)
                    + " (bước hạn " + rung.dueAt().atZone(ZONE).format(DATE) + ")")
            .collect(Collectors.joining("\n"));
        return lines.isEmpty() ? "Chưa có nhắc việc nào trước khi chuyển Ban Chỉ đạo (ghi nhận lúc "
                + now.atZone(ZONE).format(MOMENT) + ")" : lines;
    }

    // ------------------------------------------------------------------ the steering
    // committee's decisions

    void direct(long id, String directive, String actor) {
        decided(require(id), Escalation.Decision.DIRECT, Escalation.Status.CLOSED, directive, null, null, actor);
    }

    /**
     * Moves the waiting step to the end of {@code newDueDate}; the ladder starts again
     * from there.
     */
    void extend(long id, LocalDate newDueDate, String actor) {
        Escalation escalation = require(id);
        Date newDue = Date.from(calendar.endOf(newDueDate).toInstant());
        int moved = steps.move(escalation.subjectProcessInstanceId(), escalation.stepKey(), newDue);
        log.info("Escalation {}: step {} moved to {} ({} task(s))", id, escalation.stepKey(), newDueDate, moved);
        decided(escalation, Escalation.Decision.EXTEND, Escalation.Status.CLOSED, null, newDueDate, null, actor);
    }

    void requestAccountability(long id, String actor) {
        decided(require(id), Escalation.Decision.ACCOUNTABILITY, Escalation.Status.AWAITING_REPORT, null, null, null,
                actor);
    }

    void reportAccountability(long id, String report) {
        require(id);
        store.reportAccountability(id, report);
    }

    /**
     * The committee orders an inspection of the agency; the inspection module opens it on
     * hearing {@link EscalationDecided} (escalation does not know inspections).
     */
    void orderInspection(long id, String reason, String actor) {
        decided(require(id), Escalation.Decision.INSPECT, Escalation.Status.CLOSED, reason, null, null, actor);
    }

    void close(long id, String reason, String actor) {
        decided(require(id), Escalation.Decision.CLOSE, Escalation.Status.CLOSED, null, null, reason, actor);
    }

    private void decided(Escalation escalation, Escalation.Decision decision, Escalation.Status status,
            String directive, LocalDate newDueDate, String closeReason, String actor) {
        Instant now = ladder.now().toInstant();
        store.decide(escalation.id(), decision, status, directive, newDueDate, closeReason, actor, now);
        events.publishEvent(new EscalationDecided(escalation.id(), escalation.subjectType(), escalation.subjectId(),
                escalation.stepKey(), decision, directive != null ? directive : closeReason, newDueDate, actor, now));
    }

    /**
     * The subject is gone (a task cancelled by an amendment of its plan): its escalations
     * still before the committee, or awaiting an accountability report, are closed with
     * {@code reason} by {@code actor}, and their reviews end. No decision of the
     * committee is announced: the committee did not decide.
     */
    public void withdraw(String subjectType, long subjectId, String reason, String actor) {
        Instant now = ladder.now().toInstant();
        store.notClosed(subjectType, subjectId).forEach((id, review) -> {
            store.decide(id, Escalation.Decision.CLOSE, Escalation.Status.CLOSED, null, null, reason, actor, now);
            if (review != null && runtime.createProcessInstanceQuery().processInstanceId(review).count() > 0) {
                runtime.deleteProcessInstance(review, reason, true);
            }
            log.info("Escalation {} of {} {} withdrawn: {}", id, subjectType, subjectId, reason);
        });
    }

    // ------------------------------------------------------------------ queries

    @Transactional(readOnly = true)
    public Optional<Escalation> find(long id) {
        return store.find(id, ladder.now().toInstant());
    }

    /**
     * Escalations not closed yet (of {@code planCode}'s assignments when given), by
     * agency: one aggregate.
     */
    @Transactional(readOnly = true)
    public Map<String, Long> unclosedByAgency(String planCode) {
        return store.unclosedByAgency(planCode);
    }

    @Transactional(readOnly = true)
    public List<Escalation> search(Escalation.Status status, String agency, String planCode) {
        return store.search(status, agency, planCode, ladder.now().toInstant());
    }

    private Escalation require(long id) {
        return find(id).orElseThrow(() -> new IllegalStateException("No escalation " + id));
    }

}
