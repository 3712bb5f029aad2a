package vn.gov.oversight.inspection;

import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import vn.gov.oversight.escalation.LadderSubject;
import vn.gov.oversight.escalation.LadderSubjects;
import vn.gov.oversight.inspection.Inspection.Finding;
import vn.gov.oversight.inspection.InspectionProcess.Elements;
import vn.gov.oversight.inspection.InspectionProcess.Variables;
import vn.gov.oversight.organization.Directory;
import vn.gov.oversight.system.FormValues;
import vn.gov.oversight.system.Roles;

/**
 * What a waiting step of {@code inspection} is about: an inspected agency's documents, or
 * the team's own steps (minutes and findings, the draft conclusion, its signature: the
 * coordinating agency must act) (subject {@code INSPECTION}), or one finding's
 * remediation and its verification (subject {@code REMEDIATION}, the finding's id). Both
 * remediation steps are keyed by agency, so that an extension moves that agency's
 * remediations of the inspection only.
 */
@Component
class InspectionLadderSubjects implements LadderSubjects {

    static final String INSPECTION_SUBJECT_TYPE = "INSPECTION";
    static final String REMEDIATION_SUBJECT_TYPE = "REMEDIATION";

    private final Inspections inspections;

    private final InspectionParticipants participants;

    private final InspectionDeadlines deadlines;

    private final Directory directory;

    InspectionLadderSubjects(Inspections inspections, InspectionParticipants participants,
            InspectionDeadlines deadlines, Directory directory) {
        this.inspections = inspections;
        this.participants = participants;
        this.deadlines = deadlines;
        this.directory = directory;
    }

    @Override
    public Optional<String> durationOf(String processDefinitionId, String taskDefinitionKey) {
        return FormValues.isOf(processDefinitionId, InspectionProcess.KEY) ? deadlines.durationOf(taskDefinitionKey)
                : Optional.empty();
    }

    @Override
    public Optional<LadderSubject> subjectOf(DelegateTask task) {
        if (!FormValues.isOf(task.getProcessDefinitionId(), InspectionProcess.KEY)) {
            return Optional.empty();
        }
        // from the tables, by the instance's business key: never from variables a person
        // could send
        Inspection inspection = inspections.require(task.getExecution().getProcessBusinessKey());
        String about = inspection.kind().label().toLowerCase() + " \"" + inspection.title() + "\"";
        String key = task.getTaskDefinitionKey();
        if (Elements.TASK_PROVIDE_DOCUMENTS.equals(key)) {
            String agency = (String) task.getExecution().getVariable(Variables.AGENCY_CODE);
            if (!inspection.agencies().contains(agency)) {
                throw new IllegalStateException(agency + " is not inspected by " + inspection.id());
            }
            return Optional
                .of(new LadderSubject(INSPECTION_SUBJECT_TYPE, inspection.id(), LadderSubject.stepKeyFor(key, agency),
                        agency, null, "Cung cấp hồ sơ cho cuộc " + about, "Chờ cung cấp hồ sơ, tài liệu"));
        }
        String[] teamStep = switch (key) {
            case Elements.TASK_RECORD_FINDINGS ->
                new String[] { "Ghi biên bản và phát hiện", "Chờ đoàn ghi biên bản và phát hiện" };
            case Elements.TASK_SUBMIT_DRAFT_CONCLUSION ->
                new String[] { "Trình dự thảo kết luận", "Chờ trưởng đoàn trình dự thảo kết luận" };
            case Elements.TASK_SIGN_CONCLUSION -> new String[] { "Ký thông báo kết luận", "Chờ ký thông báo kết luận" };
            default -> null;
        };
        if (teamStep != null) {
            return Optional.of(new LadderSubject(INSPECTION_SUBJECT_TYPE, inspection.id(), key, coordinator(), null,
                    shortened(teamStep[0] + " của cuộc " + about), teamStep[1]));
        }
        Finding finding = participants.findingOf(task.getExecution());
        String title = shortened("Khắc phục " + inspection.kind().finding() + " số " + finding.id() + " của cuộc "
                + about + ": " + finding.description());
        if (Elements.TASK_REPORT_REMEDIATION.equals(key)) {
            return Optional.of(new LadderSubject(REMEDIATION_SUBJECT_TYPE, finding.id(),
                    LadderSubject.stepKeyFor(key, finding.agencyCode()), finding.agencyCode(), null, title,
                    "Chờ báo cáo kết quả khắc phục"));
        }
        if (Elements.TASK_VERIFY_REMEDIATION.equals(key)) {
            return Optional.of(new LadderSubject(REMEDIATION_SUBJECT_TYPE, finding.id(), key, coordinator(), null,
                    title, "Chờ xác minh kết quả khắc phục"));
        }
        return Optional.empty();
    }

    /** The agency that runs inspections and verifies remediations today. */
    private String coordinator() {
        return directory.coordinatorOn(directory.today()).orElse(Roles.COORDINATOR_GROUP);
    }

    /** Within the escalation's title column. */
    private static String shortened(String title) {
        return title.length() > 1000 ? title.substring(0, 999) + "…" : title;
    }

}
