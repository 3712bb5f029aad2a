package vn.gov.oversight.plan;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * A plan as a province issues it, as a .docx made here with Apache POI: title paragraphs,
 * then the appendix table. A row of one cell spans the whole table (a group row "I. …");
 * a cell {@link #DOWN} continues the cell above it (merged down); a cell starting with
 * {@link #START} begins such a merge.
 */
final class WordAppendix {

    static final String DOWN = "\u0000down";
    static final String START = "\u0000start:";

    private WordAppendix() {
    }

    static byte[] docx(int columns, String[]... rows) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText("ỦY BAN NHÂN DÂN TỈNH NINH BÌNH");
            document.createParagraph().createRun().setText("KẾ HOẠCH Thực hiện Chỉ thị số 05-CT/TW");
            document.createParagraph().createRun().setText("PHỤ LỤC: NHIỆM VỤ TRỌNG TÂM");
            // a table that is not the appendix: the signatures' layout
            XWPFTable signatures = document.createTable(1, 2);
            signatures.getRow(0).getCell(0).setText("Nơi nhận:");
            signatures.getRow(0).getCell(1).setText("TM. ỦY BAN NHÂN DÂN");
            XWPFTable table = document.createTable(rows.length, columns);
            for (int r = 0; r < rows.length; r++) {
                XWPFTableRow row = table.getRow(r);
                if (rows[r].length == 1 && columns > 1) {
                    while (row.getTableCells().size() > 1) {
                        row.removeCell(row.getTableCells().size() - 1);
                    }
                    tcPr(row.getCell(0)).addNewGridSpan().setVal(BigInteger.valueOf(columns));
                }
                for (int c = 0; c < rows[r].length; c++) {
                    write(row.getCell(c), rows[r][c]);
                }
            }
            document.write(out);
            return out.toByteArray();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(XWPFTableCell cell, String text) {
        if (text == null) {
            return;
        }
        if (text.equals(DOWN)) {
            tcPr(cell).addNewVMerge().setVal(STMerge.CONTINUE);
            return;
        }
        String value = text;
        if (text.startsWith(START)) {
            tcPr(cell).addNewVMerge().setVal(STMerge.RESTART);
            value = text.substring(START.length());
        }
        String[] lines = value.split("\n");
        cell.setText(lines[0]);
        for (int i = 1; i < lines.length; i++) {
            cell.addParagraph().createRun().setText(lines[i]);
        }
    }

    private static CTTcPr tcPr(XWPFTableCell cell) {
        return cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
    }

}
