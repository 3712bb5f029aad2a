package vn.gov.oversight.organization;

import java.time.LocalDate;

/** A person's membership of an agency, with the person's name and e-mail. */
public record Member(String agencyCode, String userId, String firstName, String lastName, String email, MemberRole role,
        LocalDate validFrom, LocalDate validTo) {

    public boolean isValidOn(LocalDate day) {
        return !validFrom.isAfter(day) && (validTo == null || !validTo.isBefore(day));
    }

    public String fullName() {
        return (lastName + " " + firstName).trim();
    }
}
