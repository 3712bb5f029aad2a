package vn.gov.oversight.plan;

import java.math.BigInteger;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * A table of a Word document as an {@link AppendixTable}. Word stores a cell merged
 * across columns once, with its width in grid columns ({@code gridSpan}), and a cell
 * merged down as a first cell ({@code
 * vMerge="restart"}) followed by empty continuation cells: columns are counted on the
 * grid, and continuations become a {@link AppendixTable.Merge}, as merged regions of a
 * sheet do.
 */
final class WordTables {

    // A span larger than this is not a table an official typed.
    private static final int MAX_SPAN = 100;

    private WordTables() {
    }

    /** The table's first {@code maxRows} rows. */
    static AppendixTable of(XWPFTable table, int maxRows) {
        List<AppendixTable.Row> rows = new ArrayList<>();
        List<AppendixTable.Merge> merges = new ArrayList<>();
        Map<Integer, Integer> openMerges = new HashMap<>();
        List<XWPFTableRow> tableRows = table.getRows();
        for (int index = 0; index < Math.min(tableRows.size(), maxRows); index++) {
            XWPFTableRow row = tableRows.get(index);
            Map<Integer, AppendixTable.Cell> cells = new HashMap<>();
            int column = gridBefore(row);
            for (XWPFTableCell cell : row.getTableCells()) {
                CTTcPr properties = cell.getCTTc().getTcPr();
                int span = properties != null && properties.isSetGridSpan() ? bounded(properties.getGridSpan().getVal())
                        : 1;
                if (properties != null && properties.isSetVMerge() && properties.getVMerge().getVal() != STMerge.RESTART
                        && openMerges.containsKey(column)) {
                    openMerges.put(column, index);
                }
                else {
                    closeMerge(openMerges, merges, column);
                    cells.put(column, AppendixTable.Cell.of(text(cell)));
                    if (properties != null && properties.isSetVMerge()
                            && properties.getVMerge().getVal() == STMerge.RESTART) {
                        openMerges.put(column, index);
                        merges.add(new AppendixTable.Merge(index, index, column));
                    }
                }
                column += span;
            }
            rows.add(new AppendixTable.Row(index, cells));
        }
        for (Integer column : List.copyOf(openMerges.keySet())) {
            closeMerge(openMerges, merges, column);
        }
        return new AppendixTable(rows, merges.stream().filter(m -> m.lastRow() > m.firstRow()).toList(), true);
    }

    /** Ends the merge open in a column at the last row it reached. */
    private static void closeMerge(Map<Integer, Integer> openMerges, List<AppendixTable.Merge> merges, int column) {
        Integer lastRow = openMerges.remove(column);
        if (lastRow == null) {
            return;
        }
        for (int i = merges.size() - 1; i >= 0; i--) {
            AppendixTable.Merge merge = merges.get(i);
            if (merge.column() == column) {
                merges.set(i, new AppendixTable.Merge(merge.firstRow(), lastRow, column));
                return;
            }
        }
    }

    /**
     * The cell's paragraphs, one a line (agencies are often one a line), in Unicode NFC.
     */
    private static String text(XWPFTableCell cell) {
        List<String> lines = new ArrayList<>();
        for (XWPFParagraph paragraph : cell.getParagraphs()) {
            lines.add(paragraph.getText());
        }
        return Normalizer.normalize(String.join("\n", lines), Normalizer.Form.NFC);
    }

    private static int gridBefore(XWPFTableRow row) {
        CTTrPr properties = row.getCtRow().getTrPr();
        if (properties == null || properties.sizeOfGridBeforeArray() == 0) {
            return 0;
        }
        BigInteger before = properties.getGridBeforeArray(0).getVal();
        return before == null || before.signum() <= 0 ? 0 : before.min(BigInteger.valueOf(MAX_SPAN)).intValue();
    }

    private static int bounded(BigInteger value) {
        return value == null || value.signum() <= 0 ? 1 : value.min(BigInteger.valueOf(MAX_SPAN)).intValue();
    }

}
