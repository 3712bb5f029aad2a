package vn.gov.oversight.organization;

import java.time.Instant;
import java.time.LocalDate;

/** Agency {@code predecessorCode} is replaced by {@code successorCode} from {@code effectiveOn}. */
public record Succession(long id, String predecessorCode, String successorCode, LocalDate effectiveOn,
        Instant appliedAt, Integer movedTasks) {
}
