package vn.gov.oversight.system;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * What every exported workbook shares: its styles, its header row, its bytes and how it
 * is downloaded.
 */
public final class Workbooks {

    public static final MediaType XLSX = MediaType
        .parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private Workbooks() {
    }

    /** A new .xlsx workbook, filled by {@code content}, as bytes. */
    public static byte[] write(Consumer<Workbook> content) {
        try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            content.accept(workbook);
            workbook.write(out);
            return out.toByteArray();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static CellStyle bold(Workbook workbook) {
        CellStyle bold = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(true);
        bold.setFont(font);
        return bold;
    }

    /** Bold, underlined, wrapped: the heads of a table's columns. */
    public static CellStyle header(Workbook workbook) {
        CellStyle header = workbook.createCellStyle();
        header.cloneStyleFrom(bold(workbook));
        header.setBorderBottom(BorderStyle.THIN);
        header.setWrapText(true);
        return header;
    }

    public static Row headerRow(Sheet sheet, int rowIndex, String[] headers, CellStyle style) {
        Row row = sheet.createRow(rowIndex);
        for (int column = 0; column < headers.length; column++) {
            row.createCell(column).setCellValue(headers[column]);
            row.getCell(column).setCellStyle(style);
        }
        return row;
    }

    /** The workbook as a download named {@code fileName}. */
    public static ResponseEntity<byte[]> download(String fileName, byte[] content) {
        return Downloads.attachment(fileName, XLSX, content);
    }

}
