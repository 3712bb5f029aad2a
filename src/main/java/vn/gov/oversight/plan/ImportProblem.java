package vn.gov.oversight.plan;

/**
 * Something wrong in an imported appendix, to show to the user.
 *
 * @param row the 1-based Excel row number as the user sees it; 0 when the problem is not
 * about one row (the file cannot be read, the header row is missing, the appendix has no
 * task)
 * @param column the Vietnamese name of the column ("Cơ quan chủ trì"), or "Tệp" for the
 * file itself
 * @param message what is wrong, in Vietnamese, quoting the value
 */
record ImportProblem(int row, String column, String message) {
}
