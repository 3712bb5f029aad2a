package vn.gov.oversight.escalation;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** "Nhắc hạn": the reminder before the due moment, to the agency that must act. */
@Component("sendReminderDelegate")
class SendReminderDelegate extends LadderRungDelegate {

    SendReminderDelegate(Escalations escalations, StepDeadlines deadlines, ObjectProvider<LadderSubjects> subjects) {
        super(Rung.REMINDER, escalations, deadlines, subjects);
    }

}
