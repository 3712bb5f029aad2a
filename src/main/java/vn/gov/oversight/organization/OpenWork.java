package vn.gov.oversight.organization;

import java.time.LocalDate;
import java.util.List;

/**
 * A module that keeps work for agencies: when an agency is succeeded, the directory asks
 * each for the agency's open work, routes every item by the succession's shares and asks
 * the module to move it, all in the succession's transaction. The same routing answers
 * the preview, so the preview is what happens.
 */
public interface OpenWork {

    /** The agency's open items of this module. */
    List<WorkItem> openWorkOf(String agencyCode);

    /**
     * Moves one item where the succession sends it, recording the move in the item's
     * history.
     */
    void move(WorkItem item, Destination destination, Transfer transfer);

    /**
     * What a move is part of, for the items' histories.
     *
     * @param coordinatorCode the coordinating agency on the succession's day: where
     * returned work goes
     * @param note the sentence the histories carry ("Theo Nghị định …: chuyển từ … sang
     * …")
     */
    record Transfer(String predecessorCode, LocalDate effectiveOn, String decision, String coordinatorCode,
            String note) {
    }

}
