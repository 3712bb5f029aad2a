package vn.gov.oversight.organization;

import java.time.LocalDate;

/**
 * An agency of the directory. Valid from {@code validFrom} to {@code validTo} inclusive
 * ({@code null}: still exists). {@code successorCode} names the agency that took over its
 * work, if any.
 */
public record Agency(String code, String name, AgencyKind kind, String parentCode, LocalDate validFrom,
        LocalDate validTo, String successorCode, LocalDate successionEffectiveOn, String formerProvince) {

    public boolean isValidOn(LocalDate day) {
        return !validFrom.isAfter(day) && (validTo == null || !validTo.isBefore(day));
    }
}
