package vn.gov.oversight.organization;

import java.time.LocalDate;
import java.util.List;

import vn.gov.oversight.system.InvalidInputException;
import vn.gov.oversight.system.InvalidInputException.FieldProblem;

/** The directory's small checks, shared by its services. */
final class Checks {

    private Checks() {
    }

    static boolean overlaps(LocalDate from1, LocalDate to1, LocalDate from2, LocalDate to2) {
        return (to2 == null || !from1.isAfter(to2)) && (to1 == null || !from2.isAfter(to1));
    }

    static String trim(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** All problems at once, nothing written on any. */
    static void throwIfAny(List<FieldProblem> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
