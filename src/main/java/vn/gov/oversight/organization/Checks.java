package vn.gov.oversight.organization;

import java.time.LocalDate;

/** The directory's date checks, shared by its services. */
final class Checks {

    private Checks() {
    }

    static boolean overlaps(LocalDate from1, LocalDate to1, LocalDate from2, LocalDate to2) {
        return (to2 == null || !from1.isAfter(to2)) && (to1 == null || !from2.isAfter(to1));
    }

}
