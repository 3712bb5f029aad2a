package vn.gov.oversight.escalation;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Optional;
import java.util.stream.Stream;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;

import vn.gov.oversight.support.ProcessTestLadder;

/**
 * Instances started on the earlier models keep their hourly tick: it fires the rungs that
 * have come, once.
 */
class PreviousModelsLadderListenerTest {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    final Escalations escalations = mock(Escalations.class);

    final EscalationLadder ladder = ProcessTestLadder.withoutHolidays();

    final LadderSubject subject = new LadderSubject("ASSIGNMENT", 7, "Task_AcknowledgeTask", "so-y-te", "151/KH-UBND",
            "Hỗ trợ y tế", "Chờ tiếp nhận");

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @SuppressWarnings("unchecked")
    PreviousModelsLadderListener listener() {
        ObjectProvider<LadderSubjects> subjects = mock(ObjectProvider.class);
        when(subjects.orderedStream()).thenAnswer(call -> Stream.of((LadderSubjects) task -> Optional.of(subject)));
        return new PreviousModelsLadderListener(escalations, ladder, subjects);
    }

    @Test
    void aTickAfterTheDueMomentFiresTheReminderAndTheOverdueNoticeButNotYetTheEscalation() {
        Date due = Date.from(ZonedDateTime.of(2026, 3, 4, 23, 59, 59, 0, VIETNAM).toInstant());
        DelegateTask task = mock(DelegateTask.class);
        when(task.getVariable(PreviousModelsLadderListener.STEP_DUE_AT)).thenReturn(due);
        when(task.getProcessInstanceId()).thenReturn("pi-1");
        ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(2026, 3, 5, 8, 0, 0, 0, VIETNAM).toInstant()));

        listener().notify(task);

        verify(escalations).fire(subject, due.toInstant(), Rung.REMINDER, "pi-1");
        verify(escalations).fire(subject, due.toInstant(), Rung.OVERDUE, "pi-1");
        verify(escalations, never()).fire(any(), any(), eq(Rung.ESCALATION), any());
    }

    @Test
    void aStepWithoutItsDueMomentHasNoLadder() {
        DelegateTask task = mock(DelegateTask.class);

        listener().notify(task);

        verify(escalations, never()).fire(any(), any(), any(), any());
    }

}
