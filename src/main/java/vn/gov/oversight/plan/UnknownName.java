package vn.gov.oversight.plan;

import java.util.List;

/**
 * A name of the appendix that is neither an agency nor a phrase of the directory, with
 * the agencies the user may have meant: the import page offers to map it once, as another
 * name of the agency chosen.
 *
 * @param name the name as written
 * @param column "Cơ quan chủ trì" (an error) or "Cơ quan phối hợp" (kept as an outside
 * body, a warning)
 * @param rows the rows that write it
 * @param suggestions the closest agencies, best first
 */
record UnknownName(String name, String column, List<Integer> rows, List<AgencyResolver.Suggestion> suggestions) {

    UnknownName {
        rows = List.copyOf(rows);
        suggestions = List.copyOf(suggestions);
    }
}
