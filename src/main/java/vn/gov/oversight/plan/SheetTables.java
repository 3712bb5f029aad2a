package vn.gov.oversight.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/** A sheet of an Excel workbook as an {@link AppendixTable}. */
final class SheetTables {

    // Merges beyond this many are not read: an appendix has a few dozen; thousands only
    // come from an attack.
    static final int MAX_MERGES = 10_000;

    private SheetTables() {
    }

    static AppendixTable of(Sheet sheet) {
        List<AppendixTable.Row> rows = new ArrayList<>();
        for (Row row : sheet) {
            Map<Integer, AppendixTable.Cell> cells = new HashMap<>();
            for (Cell cell : row) {
                boolean date = CellTexts.isDate(cell);
                cells.put(cell.getColumnIndex(), new AppendixTable.Cell(CellTexts.raw(cell),
                        date ? CellTexts.dateOf(cell) : null, !date || CellTexts.formatShowsDay(cell)));
            }
            rows.add(new AppendixTable.Row(row.getRowNum(), cells));
        }
        List<AppendixTable.Merge> merges = new ArrayList<>();
        int count = Math.min(sheet.getNumMergedRegions(), MAX_MERGES);
        for (int i = 0; i < count; i++) {
            CellRangeAddress region = sheet.getMergedRegion(i);
            if (region.getLastRow() > region.getFirstRow()) {
                merges.add(new AppendixTable.Merge(region.getFirstRow(), region.getLastRow(), region.getFirstColumn()));
            }
        }
        return new AppendixTable(rows, merges, false);
    }

}
