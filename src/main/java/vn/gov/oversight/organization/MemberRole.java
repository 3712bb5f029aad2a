package vn.gov.oversight.organization;

/** A member's role in an agency. */
public enum MemberRole {

    /** Thủ trưởng: the head, accountable for the agency's tasks. */
    HEAD,
    /** Cán bộ: an officer who does the work. */
    OFFICER

}
