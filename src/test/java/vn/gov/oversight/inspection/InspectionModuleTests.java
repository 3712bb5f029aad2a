package vn.gov.oversight.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import vn.gov.oversight.deadline.WorkingCalendar;
import vn.gov.oversight.escalation.Escalation;
import vn.gov.oversight.escalation.EscalationDecided;
import vn.gov.oversight.escalation.Escalations;
import vn.gov.oversight.inspection.Inspection.Origin;
import vn.gov.oversight.inspection.Inspection.Status;
import vn.gov.oversight.inspection.Inspection.Trigger;
import vn.gov.oversight.inspection.Inspections.InspectionRequest;
import vn.gov.oversight.inspection.Inspections.MemberRequest;
import vn.gov.oversight.organization.Agency;
import vn.gov.oversight.organization.AgencyKind;
import vn.gov.oversight.organization.Directory;
import vn.gov.oversight.support.ModuleTest;

/**
 * The inspection module alone: it opens the inspection the steering committee asks for,
 * once however often the decision reaches it, and tells the others when an inspection
 * starts.
 */
@ModuleTest
class InspectionModuleTests {

    static final LocalDate SINCE = LocalDate.of(2025, 7, 1);

    @MockitoBean
    Directory directory;

    @MockitoBean
    Escalations escalations;

    @MockitoBean
    WorkingCalendar calendar;

    @Autowired
    RuntimeService runtime;

    @Autowired
    Inspections inspections;

    String agency;

    @BeforeEach
    void setUp() {
        agency = "ubnd-xa-" + UUID.randomUUID().toString().substring(0, 6);
        when(directory.today()).thenReturn(LocalDate.now());
        when(directory.coordinatorOn(any())).thenReturn(Optional.of("so-nn-mt"));
        when(directory.agency(anyString())).thenAnswer(call -> Optional.of(new Agency(call.getArgument(0),
                "UBND xã thử", AgencyKind.LOCAL_COMMITTEE, null, SINCE, null, null, null, null)));
        when(directory.isCurrentMember(anyString(), anyString())).thenReturn(true);
    }

    @Test
    void theInspectionTheCommitteeAsksForWaitsForItsTeamOnceHoweverOftenTheDecisionComes(Scenario scenario) {
        long escalationId = Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000L);
        when(escalations.find(escalationId)).thenReturn(Optional.of(escalation(escalationId)));
        EscalationDecided decided = new EscalationDecided(escalationId, "ASSIGNMENT", 5, "Task_Acknowledge",
                Escalation.Decision.INSPECT, "Kiểm tra việc chậm tiếp nhận", null, "truongban.bcd", Instant.now());

        scenario.publish(decided)
            .andWaitForStateChange(() -> inspections.byEscalation(escalationId), Optional::isPresent)
            .andVerify(opened -> assertThat(opened.orElseThrow()).satisfies(inspection -> {
                assertThat(inspection.status()).isEqualTo(Status.REQUESTED);
                assertThat(inspection.trigger()).isEqualTo(Trigger.ESCALATION);
                assertThat(inspection.agencies()).containsExactly(agency);
                assertThat(inspection.title()).startsWith("Kiểm tra theo yêu cầu của Ban Chỉ đạo");
            }));
        long first = inspections.byEscalation(escalationId).orElseThrow().id();

        // delivered again (a retried publication): nothing new
        inspections.on(decided);
        assertThat(inspections.search(agency, null, null)).extracting(Inspection::id).containsExactly(first);
    }

    @Test
    void anInspectionWithItsTeamStartsAndSaysSo(Scenario scenario) {
        when(runtime.createProcessInstanceByKey(InspectionProcess.KEY).businessKey(anyString()).execute().getId())
            .thenReturn("instance-" + agency);
        InspectionRequest request = new InspectionRequest(null, Origin.AD_HOC, Trigger.COMPLAINT, "Đơn phản ánh",
                "Kiểm tra đơn phản ánh " + agency, null, null, null, List.of(agency),
                List.of(new MemberRequest("canbo.so-nn-mt", "so-nn-mt", true)), LocalDate.now().plusDays(3),
                LocalDate.now().plusDays(10), null);

        scenario.stimulate(() -> inspections.open(request, "canbo.so-nn-mt"))
            .andWaitForEventOfType(InspectionStarted.class)
            .toArriveAndVerify((started, opened) -> {
                assertThat(started.inspectionId()).isEqualTo(opened.id());
                assertThat(opened.status()).isEqualTo(Status.UNDER_WAY);
                assertThat(opened.processInstanceId()).isEqualTo("instance-" + agency);
            });
    }

    Escalation escalation(long id) {
        return new Escalation(id, "ASSIGNMENT", 5, 1, agency, "151/KH-UBND", "Tiếp nhận nhiệm vụ 1.1",
                "Task_Acknowledge", "Chờ tiếp nhận", Instant.now(), LocalDate.now(), Instant.now(), 6,
                Escalation.Status.CLOSED, Escalation.Decision.INSPECT, null, null, null, null, "truongban.bcd",
                Instant.now(), "instance-x", "review-x");
    }

}
