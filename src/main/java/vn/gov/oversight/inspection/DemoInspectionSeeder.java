package vn.gov.oversight.inspection;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.gov.oversight.inspection.Inspection.Kind;
import vn.gov.oversight.inspection.Inspection.Origin;
import vn.gov.oversight.inspection.Inspection.Trigger;
import vn.gov.oversight.inspection.InspectionProcess.Elements;
import vn.gov.oversight.inspection.InspectionProcess.Variables;
import vn.gov.oversight.system.StartupOrder;

/**
 * In the demo, two inspections a newcomer can open: Yên Mô's, under way (its remediation
 * waits for the district), and the health department's, closed (its one finding
 * remediated and accepted). Driven through the process as the people would, so that their
 * tasks and history are real. Once only.
 */
@Component
@Order(StartupOrder.DEMO_INSPECTION)
@ConditionalOnProperty(name = "oversight.demo.seed-plan", havingValue = "true")
class DemoInspectionSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoInspectionSeeder.class);

    private static final String LEADER = "canbo.so-ldtbxh";

    private final Inspections inspections;

    private final TaskService tasks;

    private final Clock clock;

    DemoInspectionSeeder(Inspections inspections, TaskService tasks, Clock clock) {
        this.inspections = inspections;
        this.tasks = tasks;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!inspections.search(null, null, null).isEmpty()) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        Inspection underWay = open("Kiểm tra thực hiện chính sách hỗ trợ nhà ở cho hộ nghèo", "ubnd-yen-mo",
                new Inspections.MemberRequest("canbo.so-y-te", "so-y-te", false), today.minusDays(5), Trigger.PRESS);
        concludeWithOneFinding(underWay, "ubnd-yen-mo", "Ba hộ nghèo được hỗ trợ nhà ở chưa đúng đối tượng",
                "Rà soát, thu hồi hoặc điều chỉnh hỗ trợ cho ba hộ; báo cáo kết quả", today.plusDays(30), "05/TB-KT");
        Inspection closed = open("Kiểm tra cấp thẻ bảo hiểm y tế cho người nghèo", "so-y-te",
                new Inspections.MemberRequest("canbo.ubnd-yen-mo", "ubnd-yen-mo", false), today.minusDays(5),
                Trigger.COMPLAINT);
        long finding = concludeWithOneFinding(closed, "so-y-te", "Chậm cấp thẻ BHYT cho 120 người thuộc hộ cận nghèo",
                "Cấp đủ thẻ BHYT và báo cáo danh sách", today.plusDays(10), "02/TB-KT");
        complete(closed, Elements.TASK_REPORT_REMEDIATION,
                Map.of(Variables.REMEDIATION_REPORT, "Đã cấp đủ 120 thẻ BHYT; danh sách kèm theo"));
        complete(closed, Elements.TASK_VERIFY_REMEDIATION, Map.of(Variables.APPROVED, true));
        log.info("Demo inspections {} (under way) and {} (closed, finding {}) seeded", underWay.id(), closed.id(),
                finding);
    }

    /**
     * An inspection of {@code agency} by DOLISA's officer (leading) and a member from
     * another agency.
     */
    private Inspection open(String title, String agency, Inspections.MemberRequest member, LocalDate startsOn,
            Trigger trigger) {
        Inspection inspection = inspections.open(new Inspections.InspectionRequest(Kind.INSPECTION, Origin.AD_HOC,
                trigger, "Dữ liệu mẫu", title, null, null, null, List.of(agency),
                List.of(new Inspections.MemberRequest(LEADER, "so-ldtbxh", true), member), startsOn,
                startsOn.plusDays(15), LocalDate.now(clock).plusDays(1)), "demo");
        complete(inspection, Elements.TASK_PROVIDE_DOCUMENTS,
                Map.of(Variables.DOCUMENTS_NOTE, "Báo cáo kết quả thực hiện, danh sách hộ, hồ sơ chi"));
        return inspection;
    }

    private long concludeWithOneFinding(Inspection inspection, String agency, String description, String remediation,
            LocalDate due, String noticeNumber) {
        Map<String, Object> recorded = new HashMap<>();
        recorded.put(Variables.MINUTES, "Đoàn làm việc với cơ quan, kiểm tra hồ sơ và gặp một số hộ.");
        recorded.put(Variables.FINDING_AGENCY, agency);
        recorded.put(Variables.FINDING_DESCRIPTION, description);
        recorded.put(Variables.REMEDIATION_REQUIRED, remediation);
        recorded.put(Variables.REMEDIATION_DUE_DATE, due.toString());
        recorded.put(Variables.RECORD_MORE, false);
        complete(inspection, Elements.TASK_RECORD_FINDINGS, recorded);
        complete(inspection, Elements.TASK_SUBMIT_DRAFT_CONCLUSION,
                Map.of(Variables.CONCLUSION, "Cơ quan cơ bản thực hiện đúng quy định; còn tồn tại nêu tại mục II."));
        complete(inspection, Elements.TASK_SIGN_CONCLUSION, Map.of(Variables.APPROVED, true, Variables.NOTICE_NUMBER,
                noticeNumber, Variables.SIGNED_ON, LocalDate.now(clock).toString()));
        return inspections.find(inspection.id()).orElseThrow().findings().get(0).id();
    }

    private void complete(Inspection inspection, String step, Map<String, Object> variables) {
        Task task = tasks.createTaskQuery()
            .processInstanceId(inspection.processInstanceId())
            .taskDefinitionKey(step)
            .list()
            .get(0);
        tasks.complete(task.getId(), variables);
    }

}
