package vn.gov.oversight.plan;

import java.time.LocalDate;
import java.util.List;

/**
 * A task read from a row of a plan's appendix.
 *
 * @param row the 1-based Excel row number, as the user sees it
 * @param code {@code <group number>.<STT>} ("2.3") when the sheet has group rows, else
 * the STT
 * @param title the task ("Nhiệm vụ")
 * @param group the title of the group row above it, {@code ""} when there is none
 * @param leadAgencies codes of the lead agencies ("Cơ quan chủ trì"), at least one, no
 * duplicates
 * @param coordinatingAgencies codes of the coordinating agencies ("Cơ quan phối hợp"),
 * possibly none
 * @param dueDate the due date, or the first round's for {@link Recurrence#YEARLY} and
 * {@link Recurrence#ONGOING}
 * @param recurrence how often the task is due
 * @param output the expected output ("Sản phẩm"), {@code ""} when none is given
 * @param outsideCoordinators coordinating bodies named as written, not agencies of the
 * directory: bodies outside it ("Báo Ninh Bình") and vague phrases ("các cơ quan liên
 * quan"); shown, never assigned
 */
record ImportedTask(int row, String code, String title, String group, List<String> leadAgencies,
        List<String> coordinatingAgencies, LocalDate dueDate, Recurrence recurrence, String output,
        List<String> outsideCoordinators) {

    ImportedTask {
        leadAgencies = List.copyOf(leadAgencies);
        coordinatingAgencies = List.copyOf(coordinatingAgencies);
        outsideCoordinators = List.copyOf(outsideCoordinators);
    }

    ImportedTask(int row, String code, String title, String group, List<String> leadAgencies,
            List<String> coordinatingAgencies, LocalDate dueDate, Recurrence recurrence, String output) {
        this(row, code, title, group, leadAgencies, coordinatingAgencies, dueDate, recurrence, output, List.of());
    }
}
