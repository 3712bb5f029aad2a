package vn.gov.oversight.organization;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Agency {@code predecessorCode} ends the day before {@code effectiveOn}; its open work
 * goes to its successors. A merger names one successor and no shares. A split names
 * shares (by task, task group, policy area, or territory) and says where the rest goes:
 * to {@code successorCode}, to every territorial successor ({@link Remainder#FAN_OUT}),
 * or back to the coordinator ({@link Remainder#RETURN}).
 *
 * @param successorCode the default successor, which also takes the predecessor's roles;
 * null for a split without one
 * @param decision the document that decided it ("Nghị quyết số 1318/NQ-UBTVQH15")
 * @param movedTasks how many items moved when it was applied
 */
public record Succession(long id, String predecessorCode, String successorCode, LocalDate effectiveOn,
        Instant appliedAt, Integer movedTasks, Remainder remainder, String decision, List<SuccessionShare> shares) {

    public enum Remainder {

        SUCCESSOR, FAN_OUT, RETURN

    }

    public Succession {
        remainder = remainder == null ? Remainder.SUCCESSOR : remainder;
        shares = shares == null ? List.of() : List.copyOf(shares);
    }

    /** Where an item goes: the first share that takes it, else the remainder's rule. */
    public Destination route(WorkItem item) {
        for (SuccessionShare.Scope scope : List.of(SuccessionShare.Scope.TASK, SuccessionShare.Scope.TASK_GROUP,
                SuccessionShare.Scope.POLICY_AREA)) {
            for (SuccessionShare share : shares) {
                if (share.scope() == scope && share.takes(item)) {
                    return Destination.to(share.successorCode());
                }
            }
        }
        return switch (remainder) {
            case SUCCESSOR -> Destination.to(successorCode);
            case FAN_OUT -> Destination.toEach(territorialSuccessors());
            case RETURN -> Destination.backToCoordinator();
        };
    }

    /**
     * The successors that each took part of the predecessor's territory, in the order
     * given.
     */
    public List<String> territorialSuccessors() {
        LinkedHashSet<String> codes = new LinkedHashSet<>();
        shares.stream()
            .filter(share -> share.scope() == SuccessionShare.Scope.TERRITORY)
            .forEach(share -> codes.add(share.successorCode()));
        return new ArrayList<>(codes);
    }

    /** Every agency that takes something. */
    public List<String> successors() {
        LinkedHashSet<String> codes = new LinkedHashSet<>();
        if (successorCode != null) {
            codes.add(successorCode);
        }
        shares.forEach(share -> codes.add(share.successorCode()));
        return new ArrayList<>(codes);
    }
}
