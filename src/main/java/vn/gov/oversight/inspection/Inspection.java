package vn.gov.oversight.inspection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An inspection or supervision as the API shows it, with its agencies, team and findings.
 */
public record Inspection(long id, Kind kind, Origin origin, Trigger trigger, String triggerNote, Long escalationId,
        String title, String conductedBy, int year, Integer plannedMonth, LocalDate startsOn, LocalDate endsOn,
        LocalDate documentsDue, Status status, List<String> agencies, List<TeamMember> team, List<Finding> findings,
        String minutes, String conclusion, String noticeNumber, LocalDate noticeSignedOn, String noticeSignedBy,
        String processInstanceId, String openedBy, Instant openedAt, Instant closedAt) {

    public enum Kind {

        /** Kiểm tra, by the executive: ends in a conclusion notice. */
        INSPECTION("Kiểm tra", "kết luận", "phát hiện"),
        /**
         * Giám sát, by a body outside the executive: ends in recommendations the agency
         * answers.
         */
        SUPERVISION("Giám sát", "kiến nghị", "kiến nghị");

        private final String label;

        private final String outcome;

        private final String finding;

        Kind(String label, String outcome, String finding) {
            this.label = label;
            this.outcome = outcome;
            this.finding = finding;
        }

        public String label() {
            return label;
        }

        /** What the team issues: "kết luận" or "kiến nghị". */
        public String outcome() {
            return outcome;
        }

        /** What each item is called: "phát hiện" or "kiến nghị". */
        public String finding() {
            return finding;
        }

    }

    public enum Origin {

        /** In the year's inspection plan, with its month. */
        PLANNED,
        /** Ad hoc, with its trigger. */
        AD_HOC

    }

    public enum Trigger {

        COMPLAINT, PRESS, ESCALATION, OTHER

    }

    public enum Status {

        /**
         * Asked for (the year's plan, the steering committee) and waiting for its team.
         */
        REQUESTED,
        /** The team works with the agencies, up to the signed conclusion. */
        UNDER_WAY,
        /** The conclusion is issued; findings are being remediated. */
        REMEDIATING,
        /** Every finding closed (or none). */
        CLOSED

    }

    public record TeamMember(String userId, String agencyCode, boolean leader) {
    }

    public record Finding(long id, String agencyCode, String description, String remediationRequired, LocalDate dueDate,
            FindingStatus status, String remediationReport, String returnComment, int timesReturned, Instant reportedAt,
            Instant closedAt) {
    }

    public enum FindingStatus {

        /** Waiting for the agency's remediation report. */
        OPEN,
        /** Reported, waiting for the coordinator's verification. */
        REPORTED,
        /** Returned to the agency with a comment. */
        RETURNED,
        /** Accepted. */
        CLOSED

    }

    public boolean hasMember(String userId) {
        return team.stream().anyMatch(member -> member.userId().equals(userId));
    }

    public String leader() {
        return team.stream().filter(TeamMember::leader).map(TeamMember::userId).findFirst().orElse(null);
    }
}
