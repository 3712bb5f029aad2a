package vn.gov.oversight.plan;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.util.CellReference;

/**
 * A table of a plan's appendix as the reader needs it, whichever file it came from (a
 * sheet of a workbook, a table of a Word document): rows of cells by column, and the
 * cells merged down over several rows.
 *
 * @param rows the rows that exist, in order
 * @param merges cells merged over rows: the value of the first row holds for every row of
 * the merge
 * @param word whether the table comes from a Word document (columns are then named by
 * number, not letter)
 */
record AppendixTable(List<Row> rows, List<Merge> merges, boolean word) {

    AppendixTable {
        rows = List.copyOf(rows);
        merges = List.copyOf(merges);
    }

    /**
     * @param index 0-based position in the sheet or table
     * @param cells the cells that exist, by 0-based column
     */
    record Row(int index, Map<Integer, Cell> cells) {

        /**
         * The row number as the user sees it: Excel's row number, or the row of the Word
         * table counted from 1.
         */
        int number() {
            return index + 1;
        }

        Cell cell(int column) {
            return cells.getOrDefault(column, Cell.EMPTY);
        }
    }

    /**
     * One cell: its text in Unicode NFC with line breaks kept, and for an Excel date cell
     * the date and whether its format shows the day.
     */
    record Cell(String text, LocalDate date, boolean showsDay) {

        static final Cell EMPTY = new Cell("", null, true);

        static Cell of(String text) {
            return new Cell(text, null, true);
        }
    }

    /**
     * A cell merged down: rows {@code firstRow} to {@code lastRow} (0-based, inclusive)
     * of one column.
     */
    record Merge(int firstRow, int lastRow, int column) {
    }

    /**
     * The cell at a row and column, or, when it is empty and lies in a merge that starts
     * below {@code
     * headerRow}, the merge's first cell.
     */
    Cell cellBelowHeader(Row row, int column, int headerRow, Map<Integer, Row> byIndex) {
        Cell own = row.cell(column);
        if (!own.text().isBlank() || own.date() != null) {
            return own;
        }
        for (Merge merge : merges) {
            if (merge.column() == column && merge.firstRow() > headerRow && merge.firstRow() < row.index()
                    && merge.lastRow() >= row.index()) {
                Row first = byIndex.get(merge.firstRow());
                return first == null ? own : first.cell(column);
            }
        }
        return own;
    }

    Map<Integer, Row> byIndex() {
        Map<Integer, Row> byIndex = new HashMap<>();
        rows.forEach(row -> byIndex.put(row.index(), row));
        return byIndex;
    }

    /**
     * How problems name a column: its letter in a sheet ("C"), its number in a Word table
     * ("cột thứ 3").
     */
    String columnName(int column) {
        return word ? "thứ " + (column + 1) : CellReference.convertNumToColString(column);
    }
}
