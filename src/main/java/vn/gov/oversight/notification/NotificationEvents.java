package vn.gov.oversight.notification;

import java.util.Date;
import java.util.List;
import java.util.UUID;

import org.camunda.bpm.engine.TaskService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import vn.gov.oversight.assignment.Assignment;
import vn.gov.oversight.assignment.AssignmentReturned;
import vn.gov.oversight.assignment.AssignmentStarted;
import vn.gov.oversight.assignment.Assignments;
import vn.gov.oversight.escalation.Escalation;
import vn.gov.oversight.escalation.EscalationDecided;
import vn.gov.oversight.escalation.Escalations;
import vn.gov.oversight.escalation.StepRungFired;
import vn.gov.oversight.inspection.ConclusionIssued;
import vn.gov.oversight.inspection.Inspection;
import vn.gov.oversight.inspection.InspectionProcess;
import vn.gov.oversight.inspection.InspectionStarted;
import vn.gov.oversight.inspection.Inspections;
import vn.gov.oversight.organization.Directory;
import vn.gov.oversight.reporting.ReportingRoundProcess;
import vn.gov.oversight.system.PeopleDates;
import vn.gov.oversight.system.Roles;

/**
 * Turns what happened into mails, one per person concerned, each a publication of its own
 * in the outbox ({@link MailRequested}): an assignment to its agency; a reminder to the
 * agency; an overdue notice to its head and the coordinator; an escalation to the
 * steering committee and the coordinator; the committee's decision to the agency's head
 * and the coordinator; a return for revision to the agency; an inspection started and its
 * conclusion issued to the inspected agencies.
 */
@Component
class NotificationEvents {

    private final Recipients recipients;

    private final Assignments assignments;

    private final Escalations escalations;

    private final Directory directory;

    private final ApplicationEventPublisher events;

    private final NotificationProperties properties;

    private final TaskService tasks;

    private final Inspections inspections;

    NotificationEvents(Recipients recipients, Assignments assignments, Escalations escalations, Directory directory,
            ApplicationEventPublisher events, NotificationProperties properties, TaskService tasks,
            Inspections inspections) {
        this.inspections = inspections;
        this.tasks = tasks;
        this.recipients = recipients;
        this.assignments = assignments;
        this.escalations = escalations;
        this.directory = directory;
        this.events = events;
        this.properties = properties;
    }

    @ApplicationModuleListener
    void on(AssignmentStarted started) {
        assignments.details(started.assignmentId())
            .map(Assignment.Details::assignment)
            .ifPresent(assignment -> request("assigned/" + assignment.id(), recipients.agency(started.agencyCode()),
                    "[Giao nhiệm vụ] " + assignment.taskTitle(),
                    agencyName(started.agencyCode()) + " được giao nhiệm vụ " + assignment.taskCode() + " của kế hoạch "
                            + assignment.planCode() + ":\n\n" + assignment.taskTitle() + "\n\nThời hạn: "
                            + PeopleDates.day(assignment.dueDate()) + "\n\nXin tiếp nhận nhiệm vụ trong Tasklist: "
                            + taskOf(assignment.businessKey(), null)));
    }

    @ApplicationModuleListener
    void on(AssignmentReturned returned) {
        assignments.details(returned.assignmentId())
            .map(Assignment.Details::assignment)
            .ifPresent(assignment -> request("returned/" + assignment.id() + "/" + UUID.randomUUID(),
                    recipients.agency(returned.agencyCode()), "[Trả lại để sửa] " + assignment.taskTitle(),
                    "Cơ quan thường trực đã trả lại để sửa (" + returned.stage().label().toLowerCase() + ") nhiệm vụ "
                            + assignment.taskCode() + " của kế hoạch " + assignment.planCode() + ":\n\n"
                            + assignment.taskTitle() + "\n\nXem ý kiến và sửa trong Tasklist: "
                            + taskOf(assignment.businessKey(), null)));
    }

    @ApplicationModuleListener
    void on(StepRungFired fired) {
        String key = "rung/" + fired.subjectType() + "/" + fired.subjectId() + "/" + fired.stepKey() + "/"
                + fired.rung() + "/" + fired.dueAt().toEpochMilli();
        String about = about(fired);
        String link = linkFor(fired);
        String due = PeopleDates.day(Date.from(fired.dueAt()));
        switch (fired.rung()) {
            case REMINDER -> request(key, recipients.agency(fired.agencyCode()), "[Nhắc hạn] " + about,
                    "Việc sau của " + agencyName(fired.agencyCode()) + " đến hạn ngày " + due + ":\n\n" + about
                            + "\n\nXem trong Tasklist: " + link);
            case OVERDUE ->
                request(key, Recipients.together(recipients.heads(fired.agencyCode()), recipients.coordinator()),
                        "[Quá hạn] " + about,
                        "Việc sau của " + agencyName(fired.agencyCode()) + " đã quá hạn (hạn " + due + "):\n\n" + about
                                + "\n\nĐề nghị thủ trưởng cơ quan chỉ đạo hoàn thành ngay. Xem trong Tasklist: "
                                + link);
            case ESCALATION ->
                request(key, Recipients.together(recipients.steeringCommittee(), recipients.coordinator()),
                        "[Chuyển Ban Chỉ đạo] " + about,
                        "Việc sau của " + agencyName(fired.agencyCode()) + " quá hạn từ " + due
                                + " đã được chuyển Ban Chỉ đạo xem xét (số " + fired.escalationId() + "):\n\n" + about
                                + "\n\nXem xét và quyết định trong Tasklist: " + link);
        }
    }

    @ApplicationModuleListener
    void on(EscalationDecided decided) {
        escalations.find(decided.escalationId())
            .ifPresent(escalation -> request("decided/" + escalation.id(),
                    Recipients.together(recipients.heads(escalation.agency()), recipients.coordinator()),
                    "[Ban Chỉ đạo quyết định] " + escalation.title(),
                    "Ban Chỉ đạo đã quyết định về việc quá hạn của " + agencyName(escalation.agency()) + " ("
                            + escalation.stepLabel() + "):\n\n" + escalation.title() + "\n\n" + decision(decided)
                            + "\n\nXem trong Tasklist: " + tasklist()));
    }

    @ApplicationModuleListener
    void on(InspectionStarted started) {
        inspections.find(started.inspectionId())
            .ifPresent(inspection -> inspection.agencies()
                .forEach(agency -> request("inspection/" + inspection.id() + "/" + agency, recipients.agency(agency),
                        "[" + inspection.kind().label() + "] " + inspection.title(),
                        agencyName(agency) + " được " + inspection.kind().label().toLowerCase() + " từ ngày "
                                + PeopleDates.day(inspection.startsOn()) + " đến "
                                + PeopleDates.day(inspection.endsOn()) + ":\n\n" + inspection.title()
                                + "\n\nXin cung cấp hồ sơ, tài liệu trước ngày "
                                + PeopleDates.day(inspection.documentsDue()) + " trong Tasklist: "
                                + taskOf(InspectionProcess.businessKeyOf(inspection.id()), null))));
    }

    @ApplicationModuleListener
    void on(ConclusionIssued issued) {
        inspections.find(issued.inspectionId())
            .ifPresent(inspection -> inspection.agencies()
                .forEach(agency -> request("concluded/" + inspection.id() + "/" + agency, recipients.agency(agency),
                        "[" + (inspection.kind() == Inspection.Kind.SUPERVISION ? "Kiến nghị" : "Kết luận") + "] "
                                + inspection.title(),
                        "Văn bản " + inspection.kind().outcome() + " số " + inspection.noticeNumber() + " ngày "
                                + PeopleDates.day(inspection.noticeSignedOn()) + " về " + inspection.title() + " nêu "
                                + inspection.findings().stream().filter(f -> f.agencyCode().equals(agency)).count()
                                + " " + inspection.kind().finding() + " " + agencyName(agency)
                                + " phải khắc phục và báo cáo trong Tasklist: " + tasklist())));
    }

    private static String decision(EscalationDecided decided) {
        return switch (decided.decision()) {
            case DIRECT -> "Chỉ đạo: " + decided.directive();
            case EXTEND -> "Gia hạn đến ngày " + PeopleDates.day(decided.newDueDate());
            case ACCOUNTABILITY -> "Yêu cầu thủ trưởng cơ quan báo cáo kiểm điểm trách nhiệm.";
            case CLOSE -> "Kết thúc xem xét: " + decided.directive();
            case INSPECT -> "Yêu cầu kiểm tra đột xuất cơ quan; cơ quan thường trực thành lập đoàn kiểm tra."
                    + (decided.directive() == null ? "" : " Nội dung: " + decided.directive());
        };
    }

    /** What a rung is about, as people read it. */
    private String about(StepRungFired fired) {
        if (fired.escalationId() != null) {
            return escalations.find(fired.escalationId()).map(Escalation::title).orElse(fired.stepKey());
        }
        if ("ASSIGNMENT".equals(fired.subjectType())) {
            return assignments.details(fired.subjectId())
                .map(details -> details.assignment().taskTitle() + " (" + details.assignment().planCode()
                        + ", nhiệm vụ " + details.assignment().taskCode() + ")")
                .orElse(fired.stepKey());
        }
        return switch (fired.subjectType()) {
            case "REPORT" -> "Báo cáo định kỳ của cơ quan";
            case "ROUND" -> fired.stepKey().equals(ReportingRoundProcess.Elements.TASK_RECEIVE_REVIEW)
                    ? "Ban Chỉ đạo nhận báo cáo sơ kết, tổng kết của tỉnh" : "Tổng hợp báo cáo của tỉnh";
            case "ESCALATION" -> escalations.find(fired.subjectId())
                .map(escalation -> "Xem xét việc quá hạn: " + escalation.title())
                .orElse(fired.stepKey());
            case "ACCOUNTABILITY" -> "Báo cáo kiểm điểm trách nhiệm";
            case "INSPECTION" -> inspections.find(fired.subjectId())
                .map(inspection -> inspectionStep(fired.stepKey()) + " cuộc " + inspection.kind().label().toLowerCase()
                        + " \"" + inspection.title() + "\"")
                .orElse(fired.stepKey());
            case "REMEDIATION" -> "Khắc phục sau kiểm tra, giám sát (phát hiện số " + fired.subjectId() + ")";
            default -> fired.stepKey();
        };
    }

    /**
     * An inspection's step as people name it: the inspected agency's documents, or one of
     * the team's steps.
     */
    private static String inspectionStep(String stepKey) {
        String step = stepKey.contains("/") ? stepKey.substring(0, stepKey.indexOf('/')) : stepKey;
        return switch (step) {
            case InspectionProcess.Elements.TASK_RECORD_FINDINGS -> "Ghi biên bản và phát hiện của";
            case InspectionProcess.Elements.TASK_SUBMIT_DRAFT_CONCLUSION -> "Trình dự thảo kết luận của";
            case InspectionProcess.Elements.TASK_SIGN_CONCLUSION -> "Ký thông báo kết luận của";
            default -> "Cung cấp hồ sơ cho";
        };
    }

    private void request(String key, List<Recipients.Person> people, String subject, String body) {
        for (Recipients.Person person : people) {
            events.publishEvent(new MailRequested(key, person.userId(), person.email(), subject, body));
        }
    }

    private String agencyName(String code) {
        if (Roles.STEERING_COMMITTEE_GROUP.equals(code)) {
            return "Ban Chỉ đạo";
        }
        return directory.agency(code).map(agency -> agency.name()).orElse(code);
    }

    /**
     * The task a rung is about, or for an escalation the steering committee's review of
     * it.
     */
    private String linkFor(StepRungFired fired) {
        if (fired.escalationId() != null) {
            return escalations.find(fired.escalationId())
                .map(escalation -> taskOf(null, escalation.reviewProcessInstanceId()))
                .orElse(tasklist());
        }
        String step = fired.stepKey().contains("/") ? fired.stepKey().substring(0, fired.stepKey().indexOf('/'))
                : fired.stepKey();
        return switch (fired.subjectType()) {
            case "ASSIGNMENT" -> assignments.details(fired.subjectId())
                .map(details -> taskOf(details.assignment().businessKey(), null, step))
                .orElse(tasklist());
            case "INSPECTION" -> taskOf(InspectionProcess.businessKeyOf(fired.subjectId()), null, step);
            case "ESCALATION" -> escalations.find(fired.subjectId())
                .map(escalation -> taskOf(null, escalation.reviewProcessInstanceId(), step))
                .orElse(tasklist());
            case "REMEDIATION" -> inspections.inspectionOfFinding(fired.subjectId())
                .map(inspection -> taskOf(InspectionProcess.businessKeyOf(inspection), null, step))
                .orElse(tasklist());
            default -> tasklist();
        };
    }

    private String taskOf(String businessKey, String processInstanceId) {
        return taskOf(businessKey, processInstanceId, null);
    }

    /**
     * A link that opens the waiting task in Tasklist, or Tasklist itself when none waits.
     */
    private String taskOf(String businessKey, String processInstanceId, String step) {
        var query = tasks.createTaskQuery().active();
        if (businessKey != null) {
            query.processInstanceBusinessKey(businessKey);
        }
        if (processInstanceId != null) {
            query.processInstanceId(processInstanceId);
        }
        if (step != null) {
            query.taskDefinitionKey(step);
        }
        return query.list()
            .stream()
            .findFirst()
            .map(task -> properties.baseUrl() + "/camunda/app/tasklist/default/#/?task=" + task.getId())
            .orElse(tasklist());
    }

    private String tasklist() {
        return properties.baseUrl() + "/camunda/app/tasklist/";
    }

}
