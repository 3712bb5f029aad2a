package vn.gov.oversight.escalation;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * "Chuyển Ban Chỉ đạo": the escalation: records it and starts the steering committee's
 * escalationReview.
 */
@Component("escalateToSteeringCommitteeDelegate")
class EscalateToSteeringCommitteeDelegate extends LadderRungDelegate {

    EscalateToSteeringCommitteeDelegate(Escalations escalations, StepDeadlines deadlines,
            ObjectProvider<LadderSubjects> subjects) {
        super(Rung.ESCALATION, escalations, deadlines, subjects);
    }

}
