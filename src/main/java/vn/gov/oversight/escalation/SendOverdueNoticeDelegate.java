package vn.gov.oversight.escalation;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * "Thông báo quá hạn": the overdue notice at the due moment, to the agency's head and the
 * coordinator.
 */
@Component("sendOverdueNoticeDelegate")
class SendOverdueNoticeDelegate extends LadderRungDelegate {

    SendOverdueNoticeDelegate(Escalations escalations, StepDeadlines deadlines,
            ObjectProvider<LadderSubjects> subjects) {
        super(Rung.OVERDUE, escalations, deadlines, subjects);
    }

}
