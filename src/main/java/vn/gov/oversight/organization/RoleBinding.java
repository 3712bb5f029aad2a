package vn.gov.oversight.organization;

import java.time.LocalDate;

/**
 * A dated role: the coordinator (standing agency, {@code agencyCode} set) or a seat on
 * the steering committee ({@code userId} set).
 */
public record RoleBinding(long id, Role role, String agencyCode, String userId, LocalDate validFrom,
        LocalDate validTo) {

    public enum Role {

        COORDINATOR, STEERING_COMMITTEE_MEMBER

    }

    public boolean isValidOn(LocalDate day) {
        return !validFrom.isAfter(day) && (validTo == null || !validTo.isBefore(day));
    }
}
