package vn.gov.oversight.inspection;

import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import vn.gov.oversight.inspection.Inspection.Finding;
import vn.gov.oversight.inspection.InspectionProcess.Elements;
import vn.gov.oversight.inspection.InspectionProcess.Variables;
import vn.gov.oversight.organization.Agency;
import vn.gov.oversight.organization.Directory;
import vn.gov.oversight.system.FormValues;
import vn.gov.oversight.system.PeopleDates;
import vn.gov.oversight.system.TaskDisplayValues;

/**
 * What the forms of {@code inspection} show, read from the tables when a form is opened:
 * the inspection, its team and dates, the documents uploaded so far and where to upload,
 * the findings recorded so far, and, on a remediation, its finding, deadline and report.
 */
@Component
class InspectionDisplayValues implements TaskDisplayValues {

    private final Inspections inspections;

    private final InspectionDocuments documents;

    private final Directory directory;

    InspectionDisplayValues(Inspections inspections, InspectionDocuments documents, Directory directory) {
        this.inspections = inspections;
        this.documents = documents;
        this.directory = directory;
    }

    @Override
    public Map<String, Object> of(Task task) {
        return FormValues.businessKeyOf(task, InspectionProcess.KEY)
            .map(key -> values(task, inspections.require(key)))
            .orElse(Map.of());
    }

    private Map<String, Object> values(Task task, Inspection inspection) {
        Map<String, Object> values = new HashMap<>();
        values.put(Variables.KIND_LABEL, inspection.kind().label());
        values.put(Variables.INSPECTION_TITLE, inspection.title());
        values.put(Variables.AGENCY_NAMES,
                inspection.agencies()
                    .stream()
                    .map(code -> name(code) + " (" + code + ")")
                    .collect(Collectors.joining(", ")));
        values.put(Variables.TEAM_TEXT,
                inspection.team()
                    .stream()
                    .map(member -> member.userId() + " (" + name(member.agencyCode()) + ")"
                            + (member.leader() ? ", trưởng đoàn" : ""))
                    .collect(Collectors.joining("; ")));
        values.put(Variables.DATES_TEXT,
                "Từ " + PeopleDates.day(inspection.startsOn()) + " đến " + PeopleDates.day(inspection.endsOn())
                        + "; hạn cung cấp hồ sơ " + PeopleDates.day(inspection.documentsDue()));
        String listed = documents.list(inspection.id())
            .stream()
            .map(document -> "- " + document.fileName() + " (" + document.size() / 1024 + " KB, "
                    + document.uploadedBy() + ", " + PeopleDates.day(Date.from(document.uploadedAt())) + ")")
            .collect(Collectors.joining("\n"));
        values.put(Variables.DOCUMENTS_TEXT, listed.isEmpty() ? "Chưa có tài liệu nào" : listed);
        values.put(Variables.UPLOAD_LINK, "/api/inspections/" + inspection.id() + "/documents");
        values.put(Variables.FINDINGS_TEXT,
                inspection.findings().isEmpty() ? "Chưa ghi " + inspection.kind().finding() + " nào"
                        : inspection.findings()
                            .stream()
                            .map(finding -> "- " + text(finding))
                            .collect(Collectors.joining("\n")));
        if (task.getDueDate() != null) {
            values.put(Variables.STEP_DUE_DATE_TEXT, PeopleDates.day(task.getDueDate()));
        }
        if (Elements.TASK_RECORD_FINDINGS.equals(task.getTaskDefinitionKey())) {
            if (inspection.minutes() != null) {
                values.put(Variables.MINUTES, inspection.minutes());
            }
            if (inspection.agencies().size() == 1) {
                values.put(Variables.FINDING_AGENCY, inspection.agencies().get(0));
            }
        }
        if (Elements.TASK_SUBMIT_DRAFT_CONCLUSION.equals(task.getTaskDefinitionKey())
                && inspection.conclusion() != null) {
            values.put(Variables.CONCLUSION, inspection.conclusion());
        }
        if (Elements.TASK_SIGN_CONCLUSION.equals(task.getTaskDefinitionKey())) {
            values.put(Variables.CONCLUSION, inspection.conclusion());
        }
        if (task instanceof TaskEntity entity && entity.getExecution() != null) {
            Object agency = entity.getExecution().getVariable(Variables.AGENCY_CODE);
            if (agency != null) {
                values.put(Variables.AGENCY_NAME, name(agency.toString()));
            }
            Object findingId = entity.getExecution().getVariable(Variables.FINDING_ID);
            if (findingId != null) {
                Finding finding = inspections.finding(entity.getExecution().getProcessBusinessKey(), findingId);
                values.put(Variables.AGENCY_NAME, name(finding.agencyCode()));
                values.put(Variables.FINDING_TEXT, text(finding));
                values.put(Variables.FINDING_DUE_TEXT, PeopleDates.day(finding.dueDate()));
                values.put(Variables.REMEDIATION_SHOWN,
                        finding.remediationReport() == null ? ""
                                : finding.remediationReport() + (finding.returnComment() == null ? ""
                                        : "\n\n(Lần trả lại gần nhất: " + finding.returnComment() + ")"));
            }
        }
        return values;
    }

    private String text(Finding finding) {
        return "Số " + finding.id() + ", " + name(finding.agencyCode()) + ": " + finding.description() + " — yêu cầu: "
                + finding.remediationRequired() + " — hạn " + PeopleDates.day(finding.dueDate()) + " ("
                + switch (finding.status()) {
                    case OPEN -> "chưa khắc phục";
                    case REPORTED -> "đã báo cáo, chờ xác minh";
                    case RETURNED -> "bị trả lại";
                    case CLOSED -> "đã khắc phục";
                } + ")";
    }

    private String name(String code) {
        return directory.agency(code).map(Agency::name).orElse(code);
    }

}
