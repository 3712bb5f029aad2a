package vn.gov.oversight.inspection;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.oversight.escalation.Escalation;
import vn.gov.oversight.escalation.EscalationDecided;
import vn.gov.oversight.escalation.Escalations;
import vn.gov.oversight.inspection.Inspection.Finding;
import vn.gov.oversight.inspection.Inspection.Kind;
import vn.gov.oversight.inspection.Inspection.Origin;
import vn.gov.oversight.inspection.Inspection.Status;
import vn.gov.oversight.inspection.Inspection.TeamMember;
import vn.gov.oversight.inspection.Inspection.Trigger;
import vn.gov.oversight.organization.Directory;
import vn.gov.oversight.system.ConflictException;
import vn.gov.oversight.system.CurrentUser;
import vn.gov.oversight.system.InvalidInputException;
import vn.gov.oversight.system.InvalidInputException.FieldProblem;

/**
 * Opens inspections and supervisions (with their team, one {@code inspection} process
 * each), keeps what the process records in the tables (minutes, findings, the conclusion
 * notice, each remediation), and decides who may see an inspection: administrators, the
 * coordinator, the team's members and the inspected agencies' members; nobody else.
 */
@Service
@Transactional
public class Inspections {

    private static final Logger log = LoggerFactory.getLogger(Inspections.class);

    private final InspectionStore store;

    private final Directory directory;

    private final RuntimeService runtime;

    private final Escalations escalations;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    Inspections(InspectionStore store, Directory directory, RuntimeService runtime, Escalations escalations,
            ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.directory = directory;
        this.runtime = runtime;
        this.escalations = escalations;
        this.events = events;
        this.clock = clock;
    }

    /**
     * One member of the team: the person, the agency they come from (any agency), whether
     * they lead.
     */
    record MemberRequest(String userId, String agencyCode, boolean leader) {
    }

    /**
     * A new inspection: {@code kind} INSPECTION (default) or SUPERVISION with the body
     * that supervises ({@code conductedBy}); PLANNED with its month of the year's plan,
     * or AD_HOC with its trigger. With a team it starts at once; without, it waits in the
     * plan ({@link Status#REQUESTED}).
     */
    record InspectionRequest(Kind kind, Origin origin, Trigger trigger, String triggerNote, String title,
            String conductedBy, Integer year, Integer plannedMonth, List<String> agencies, List<MemberRequest> team,
            LocalDate startsOn, LocalDate endsOn, LocalDate documentsDue) {
    }

    /**
     * The team and dates of an inspection that waited in the plan or was asked for by the
     * committee.
     */
    record StartRequest(List<MemberRequest> team, LocalDate startsOn, LocalDate endsOn, LocalDate documentsDue) {
    }

    Inspection open(InspectionRequest request, String actor) {
        List<FieldProblem> problems = new ArrayList<>();
        Kind kind = request.kind() == null ? Kind.INSPECTION : request.kind();
        String title = text(request.title());
        if (title == null) {
            problems.add(new FieldProblem("title", "Chưa ghi tên cuộc " + kind.label().toLowerCase()));
        }
        if (request.origin() == null) {
            problems.add(new FieldProblem("origin", "Chưa chọn kiểm tra theo kế hoạch hay đột xuất"));
        }
        else if (request.origin() == Origin.PLANNED
                && (request.plannedMonth() == null || request.plannedMonth() < 1 || request.plannedMonth() > 12)) {
            problems.add(new FieldProblem("plannedMonth",
                    "Cuộc " + kind.label().toLowerCase() + " theo kế hoạch phải ghi tháng (1 đến 12)"));
        }
        else if (request.origin() == Origin.AD_HOC && request.trigger() == null) {
            problems.add(new FieldProblem("trigger",
                    "Cuộc đột xuất phải ghi căn cứ (COMPLAINT, PRESS, ESCALATION hoặc OTHER)"));
        }
        if (kind == Kind.SUPERVISION && text(request.conductedBy()) == null) {
            problems.add(
                    new FieldProblem("conductedBy", "Giám sát phải ghi cơ quan giám sát (Ủy ban MTTQ, Ban của HĐND…)"));
        }
        List<String> agencies = agencies(request.agencies(), problems);
        boolean withTeam = request.team() != null && !request.team().isEmpty();
        List<TeamMember> team = withTeam ? team(request.team(), problems) : List.of();
        if (withTeam) {
            dates(request.startsOn(), request.endsOn(), request.documentsDue(), problems);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        int year = request.year() != null ? request.year()
                : request.startsOn() != null ? request.startsOn().getYear() : LocalDate.now(clock).getYear();
        long id = store.insert(new InspectionStore.NewInspection(kind, request.origin(), request.trigger(),
                text(request.triggerNote()), null, title, conductedBy(request.conductedBy()), year,
                request.origin() == Origin.PLANNED ? request.plannedMonth() : null, Status.REQUESTED, actor,
                clock.instant()), agencies);
        if (withTeam) {
            begin(id, team, request.startsOn(), request.endsOn(), request.documentsDue());
        }
        log.info("{} {} opened by {} for {}", kind, id, actor, agencies);
        return store.find(id).orElseThrow();
    }

    Inspection start(long id, StartRequest request, String actor) {
        Inspection inspection = store.find(id).orElseThrow();
        if (inspection.status() != Status.REQUESTED) {
            throw new ConflictException("status",
                    "Cuộc " + inspection.kind().label().toLowerCase() + " số " + id + " đã bắt đầu");
        }
        List<FieldProblem> problems = new ArrayList<>();
        List<TeamMember> team = team(request.team(), problems);
        dates(request.startsOn(), request.endsOn(), request.documentsDue(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        begin(id, team, request.startsOn(), request.endsOn(), request.documentsDue());
        log.info("Inspection {} started by {}", id, actor);
        return store.find(id).orElseThrow();
    }

    private void begin(long id, List<TeamMember> team, LocalDate startsOn, LocalDate endsOn, LocalDate documentsDue) {
        store.start(id, team, startsOn, endsOn, documentsDue == null ? startsOn : documentsDue);
        store.setProcess(id,
                runtime.createProcessInstanceByKey(InspectionProcess.KEY)
                    .businessKey(InspectionProcess.businessKeyOf(id))
                    .execute()
                    .getId());
        events.publishEvent(new InspectionStarted(id));
    }

    /**
     * The steering committee decided on an escalation. INSPECT: an ad hoc inspection of
     * the escalated agency waits for its team, once per escalation (a unique constraint),
     * however often the decision is delivered. EXTEND of a late remediation: the ladder
     * moved that agency's waiting remediations of the inspection, so their findings are
     * now due on the new date.
     */
    @ApplicationModuleListener
    void on(EscalationDecided decided) {
        if (decided.decision() == Escalation.Decision.EXTEND
                && InspectionLadderSubjects.REMEDIATION_SUBJECT_TYPE.equals(decided.subjectType())
                && decided.stepKey().startsWith(InspectionProcess.Elements.TASK_REPORT_REMEDIATION)) {
            int moved = store.extendWaitingRemediations(decided.subjectId(), decided.newDueDate());
            log.info("Remediations of finding {}'s agency extended to {} ({} finding(s))", decided.subjectId(),
                    decided.newDueDate(), moved);
            return;
        }
        if (decided.decision() != Escalation.Decision.INSPECT
                || store.byEscalation(decided.escalationId()).isPresent()) {
            return;
        }
        Escalation escalation = escalations.find(decided.escalationId()).orElseThrow();
        long id = store.insert(new InspectionStore.NewInspection(Kind.INSPECTION, Origin.AD_HOC, Trigger.ESCALATION,
                decided.directive(), escalation.id(), "Kiểm tra theo yêu cầu của Ban Chỉ đạo: " + escalation.title(),
                conductedBy(null), LocalDate.now(clock).getYear(), null, Status.REQUESTED,
                decided.decidedBy() == null ? "steering-committee" : decided.decidedBy(), clock.instant()),
                List.of(escalation.agency()));
        log.info("Inspection {} asked for by the steering committee on escalation {}", id, escalation.id());
    }

    // ------------------------------------------------------------------ reading

    @Transactional(readOnly = true)
    public Optional<Inspection> find(long id) {
        return store.find(id);
    }

    @Transactional(readOnly = true)
    public List<Inspection> search(String agency, Status status, Integer year) {
        return store.search(agency, status, year);
    }

    @Transactional(readOnly = true)
    public Optional<Inspection> byEscalation(long escalationId) {
        return store.byEscalation(escalationId).flatMap(store::find);
    }

    /** The inspection a finding belongs to. */
    @Transactional(readOnly = true)
    public Optional<Long> inspectionOfFinding(long findingId) {
        return store.inspectionOfFinding(findingId);
    }

    /**
     * The remediations still open after their deadline, by the agency that owes them, as
     * the board counts them.
     */
    @Transactional(readOnly = true)
    public Map<String, Long> overdueRemediationsByAgency() {
        return store.overdueRemediations(LocalDate.now(clock));
    }

    /**
     * Administrators, the coordinator, the team's members and the inspected agencies'
     * members.
     */
    static boolean canSee(CurrentUser user, Inspection inspection) {
        return user.admin() || user.coordinator() || inspection.hasMember(user.userId())
                || inspection.agencies().stream().anyMatch(user::belongsTo);
    }

    // ------------------------------------------------------------------ what the process
    // records

    /** The inspection an {@code inspection} instance works for, from its business key. */
    long idOf(String businessKey) {
        if (businessKey == null || !businessKey.startsWith(InspectionProcess.BUSINESS_KEY_PREFIX)) {
            throw new IllegalStateException("Not an inspection: " + businessKey);
        }
        return Long.parseLong(businessKey.substring(InspectionProcess.BUSINESS_KEY_PREFIX.length()));
    }

    Inspection require(String businessKey) {
        long id = idOf(businessKey);
        return store.find(id).orElseThrow(() -> new IllegalStateException("No inspection " + id));
    }

    /**
     * A finding of the instance's inspection: a finding of another inspection is refused.
     */
    Finding finding(String businessKey, Object findingId) {
        Inspection inspection = require(businessKey);
        long id = findingId instanceof Number number ? number.longValue() : Long.parseLong(String.valueOf(findingId));
        return inspection.findings()
            .stream()
            .filter(finding -> finding.id() == id)
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("Finding " + id + " is not of " + businessKey));
    }

    void recorded(String businessKey, String minutes, FindingDraft finding, String actor) {
        long id = idOf(businessKey);
        if (minutes != null) {
            store.setMinutes(id, minutes);
        }
        if (finding != null) {
            store.insertFinding(id, finding.agency(), finding.description(), finding.remediation(), finding.dueDate(),
                    actor == null ? "system" : actor, clock.instant());
        }
    }

    record FindingDraft(String agency, String description, String remediation, LocalDate dueDate) {
    }

    void draftConclusion(String businessKey, String conclusion) {
        store.setConclusion(idOf(businessKey), conclusion);
    }

    void signed(String businessKey, String number, LocalDate signedOn, String signedBy) {
        store.signed(idOf(businessKey), number, signedOn, signedBy);
    }

    /** The signed notice goes out: remediation begins when it names findings. */
    void conclusionIssued(String businessKey) {
        Inspection inspection = require(businessKey);
        if (!inspection.findings().isEmpty()) {
            store.setStatus(inspection.id(), Status.REMEDIATING);
        }
        events.publishEvent(new ConclusionIssued(inspection.id()));
    }

    void remediationReported(String businessKey, Object findingId, String report) {
        store.remediationReported(finding(businessKey, findingId).id(), report, clock.instant());
    }

    void remediationReturned(String businessKey, Object findingId, String comment) {
        store.remediationReturned(finding(businessKey, findingId).id(), comment);
    }

    void findingClosed(String businessKey, Object findingId) {
        store.findingClosed(finding(businessKey, findingId).id(), clock.instant());
    }

    /**
     * Closes the inspection; refused while a finding is open (the model waits for every
     * one).
     */
    void close(String businessKey) {
        Inspection inspection = require(businessKey);
        if (inspection.findings().stream().anyMatch(f -> f.status() != Inspection.FindingStatus.CLOSED)) {
            throw new IllegalStateException("Inspection " + inspection.id() + " has open findings");
        }
        store.closed(inspection.id(), clock.instant());
        log.info("Inspection {} closed", inspection.id());
    }

    // ------------------------------------------------------------------ checks

    private List<String> agencies(List<String> requested, List<FieldProblem> problems) {
        Set<String> agencies = new LinkedHashSet<>();
        if (requested != null) {
            requested.stream().map(Inspections::text).filter(code -> code != null).forEach(agencies::add);
        }
        if (agencies.isEmpty()) {
            problems.add(new FieldProblem("agencies", "Chưa chọn cơ quan được kiểm tra, giám sát"));
        }
        LocalDate today = LocalDate.now(clock);
        for (String code : agencies) {
            if (directory.agency(code).filter(agency -> agency.isValidOn(today)).isEmpty()) {
                problems.add(new FieldProblem("agencies", "Không có cơ quan '" + code + "' trong danh bạ"));
            }
        }
        return List.copyOf(agencies);
    }

    private List<TeamMember> team(List<MemberRequest> requested, List<FieldProblem> problems) {
        if (requested == null || requested.isEmpty()) {
            problems.add(new FieldProblem("team", "Chưa có thành viên đoàn"));
            return List.of();
        }
        List<TeamMember> team = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < requested.size(); i++) {
            MemberRequest member = requested.get(i);
            String user = member == null ? null : text(member.userId());
            String agency = member == null ? null : text(member.agencyCode());
            if (user == null || agency == null || !directory.isCurrentMember(agency, user)) {
                problems.add(new FieldProblem("team[" + i + "]",
                        "Thành viên '" + user + "' không phải cán bộ hiện nay " + "của cơ quan '" + agency + "'"));
            }
            else if (!seen.add(user)) {
                problems.add(new FieldProblem("team[" + i + "]", "Thành viên '" + user + "' có tên hai lần"));
            }
            else {
                team.add(new TeamMember(user, agency, member.leader()));
            }
        }
        if (requested.stream().filter(member -> member != null && member.leader()).count() != 1) {
            problems.add(new FieldProblem("team", "Đoàn phải có đúng một trưởng đoàn (leader: true)"));
        }
        return team;
    }

    /**
     * The inspection's dates; the documents (due on {@code startsOn} unless said) must
     * not be due already.
     */
    private void dates(LocalDate startsOn, LocalDate endsOn, LocalDate documentsDue, List<FieldProblem> problems) {
        LocalDate documents = documentsDue != null ? documentsDue : startsOn;
        if (documents != null && documents.isBefore(LocalDate.now(clock))) {
            problems.add(new FieldProblem(documentsDue != null ? "documentsDue" : "startsOn",
                    "Hạn cung cấp hồ sơ " + documents + " đã qua"));
        }
        if (startsOn == null || endsOn == null) {
            problems.add(new FieldProblem(startsOn == null ? "startsOn" : "endsOn",
                    "Phải ghi ngày bắt đầu và ngày kết thúc (startsOn, endsOn: yyyy-MM-dd)"));
        }
        else if (endsOn.isBefore(startsOn)) {
            problems.add(new FieldProblem("endsOn", "Ngày kết thúc " + endsOn + " trước ngày bắt đầu " + startsOn));
        }
        else if (documentsDue != null && documentsDue.isAfter(endsOn)) {
            problems.add(new FieldProblem("documentsDue",
                    "Hạn cung cấp hồ sơ " + documentsDue + " sau ngày kết thúc " + endsOn));
        }
    }

    /** The body that inspects: the one named, or the coordinating agency. */
    private String conductedBy(String requested) {
        if (text(requested) != null) {
            return text(requested);
        }
        return directory.coordinatorOn(LocalDate.now(clock))
            .flatMap(directory::agency)
            .map(agency -> agency.name())
            .orElse(null);
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

}
