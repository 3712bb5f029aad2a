package vn.gov.oversight.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.TaskQuery;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.Answers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import vn.gov.oversight.assignment.Assignments;
import vn.gov.oversight.escalation.Escalations;
import vn.gov.oversight.escalation.Rung;
import vn.gov.oversight.escalation.StepRungFired;
import vn.gov.oversight.inspection.Inspection;
import vn.gov.oversight.inspection.Inspections;
import vn.gov.oversight.organization.Directory;
import vn.gov.oversight.organization.Member;
import vn.gov.oversight.organization.MemberRole;
import vn.gov.oversight.organization.RoleBinding;
import vn.gov.oversight.support.ModuleTest;

/**
 * The notification module alone: which mails it asks for when it hears of a rung of the
 * ladder, and what it does with a mail asked for (kept once per person, readable, when no
 * mail server is configured).
 */
@ModuleTest
class NotificationModuleTests {

    @MockitoBean
    Directory directory;

    @MockitoBean
    Assignments assignments;

    @MockitoBean
    Escalations escalations;

    @MockitoBean
    Inspections inspections;

    @Autowired
    TaskService tasks;

    static final LocalDate SINCE = LocalDate.of(2025, 7, 1);

    @Autowired
    NotificationStore store;

    @Autowired
    JdbcTemplate jdbc;

    String agency;

    @BeforeEach
    void setUp() {
        agency = "so-thu-" + UUID.randomUUID().toString().substring(0, 6);
        LocalDate today = LocalDate.of(2026, 12, 4);
        when(directory.today()).thenReturn(today);
        when(directory.currentAgencyFor(any())).thenAnswer(call -> call.getArgument(0));
        when(directory.coordinatorOn(today)).thenReturn(Optional.of("so-nn-mt"));
        when(directory.members(agency)).thenReturn(List.of(
                new Member(agency, "thutruong." + agency, "An", "Nguyễn", "head@" + agency, MemberRole.HEAD, SINCE,
                        null),
                new Member(agency, "canbo." + agency, "Bình", "Trần", "officer@" + agency, MemberRole.OFFICER, SINCE,
                        null)));
        when(directory.members("so-nn-mt")).thenReturn(List.of(new Member("so-nn-mt", "canbo.so-nn-mt", "Chi", "Lê",
                "coordinator@so-nn-mt", MemberRole.OFFICER, SINCE, null)));
        when(tasks.createTaskQuery()).thenReturn(mock(TaskQuery.class, Answers.RETURNS_SELF));
        when(directory.steeringCommitteeBindings()).thenReturn(List
            .of(new RoleBinding(1, RoleBinding.Role.STEERING_COMMITTEE_MEMBER, null, "truongban.bcd", SINCE, null)));
        when(directory.emailOf("truongban.bcd")).thenReturn(Optional.of("truongban@bcd"));
    }

    @Test
    void anOverdueTeamStepIsMailedToTheAgencysHeadAndTheCoordinatorNamingTheStep(Scenario scenario) {
        when(inspections.find(7)).thenReturn(Optional.of(inspection(7, "Kiểm tra bình xét hộ nghèo")));
        scenario
            .publish(new StepRungFired("INSPECTION", 7, "Task_RecordFindings", Rung.OVERDUE, agency,
                    Instant.parse("2026-12-01T10:00:00Z"), Instant.now(), null))
            .andWaitForStateChange(() -> recipientsOf("[Quá hạn]"), found -> found.size() == 2)
            .andVerify(found -> assertThat(found).containsExactly("canbo.so-nn-mt", "thutruong." + agency));
        assertThat(jdbc.queryForObject("select subject from notification_mail where user_id = ? and subject like ?",
                String.class, "thutruong." + agency, "[Quá hạn]%"))
            .isEqualTo("[Quá hạn] Ghi biên bản và phát hiện của cuộc kiểm tra \"Kiểm tra bình xét hộ nghèo\"");
    }

    @Test
    void anEscalationIsMailedToTheCommitteeAndTheCoordinatorButNotToTheAgency(Scenario scenario) {
        scenario
            .publish(new StepRungFired("INSPECTION", 8, "Task_SignConclusion", Rung.ESCALATION, agency,
                    Instant.parse("2026-11-20T10:00:00Z"), Instant.now(), 41L))
            .andWaitForStateChange(() -> recipientsOf("[Chuyển Ban Chỉ đạo]"), found -> found.size() == 2)
            .andVerify(found -> assertThat(found).containsExactlyInAnyOrder("truongban.bcd", "canbo.so-nn-mt"));
    }

    @Test
    void aMailAskedForTwiceIsKeptOnceWhenNoMailServerIsConfigured(Scenario scenario) {
        String key = "test/" + agency;
        MailRequested mail = new MailRequested(key, "canbo." + agency, "officer@" + agency, "[Nhắc hạn] " + agency,
                "Nội dung");
        scenario.publish(mail)
            .andWaitForStateChange(() -> store.of("canbo." + agency), found -> !found.isEmpty())
            .andVerify(found -> assertThat(found).singleElement().satisfies(kept -> {
                assertThat(kept.delivered()).isFalse();
                assertThat(kept.subject()).isEqualTo("[Nhắc hạn] " + agency);
            }));
        scenario.publish(mail)
            .andWaitForStateChange(() -> store.done(key, "canbo." + agency))
            .andVerify(done -> assertThat(store.of("canbo." + agency)).hasSize(1));
    }

    static Inspection inspection(long id, String title) {
        return new Inspection(id, Inspection.Kind.INSPECTION, Inspection.Origin.PLANNED, null, null, null, title,
                "Sở Nông nghiệp và Môi trường", 2026, 12, null, null, null, Inspection.Status.UNDER_WAY, List.of(),
                List.of(), List.of(), null, null, null, null, null, null, "canbo.so-nn-mt", Instant.now(), null);
    }

    @Test
    void theCommitteesOwnLateStepIsMailedToItsMembers(Scenario scenario) {
        when(escalations.find(43)).thenReturn(Optional.empty());
        scenario
            .publish(new StepRungFired("ESCALATION", 43, "Task_ReviewEscalation", Rung.OVERDUE, "steering-committee",
                    Instant.parse("2026-12-02T10:00:00Z"), Instant.now(), null))
            .andWaitForStateChange(() -> jdbc.queryForList(
                    "select body from notification_mail where user_id = ?"
                            + " and subject like '[Quá hạn]%' and body like '%Ban Chỉ đạo%'",
                    String.class, "truongban.bcd"), found -> !found.isEmpty())
            .andVerify(found -> assertThat(found).singleElement()
                .asString()
                .startsWith("Việc sau của Ban Chỉ đạo đã quá hạn"));
    }

    List<String> recipientsOf(String subjectPrefix) {
        return jdbc.queryForList(
                "select user_id from notification_mail where subject like ? and body like ?" + " order by user_id",
                String.class, subjectPrefix + "%", "%" + agency + "%");
    }

}
