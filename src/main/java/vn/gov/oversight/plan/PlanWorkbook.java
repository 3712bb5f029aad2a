package vn.gov.oversight.plan;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Objects;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The appendix (phụ lục) of a plan as an Excel workbook: reading the tasks from an
 * uploaded .xlsx, and the template users download to fill in.
 * <p>
 * The appendix is a table, as Vietnamese government plans write them: a header row (STT,
 * Nhiệm vụ, Cơ quan chủ trì, Cơ quan phối hợp, Thời gian hoàn thành, Sản phẩm) within the
 * first ten rows, group rows numbered I, II, III… and task rows numbered 1, 2, 1.1….
 * Reading is all or nothing and reports every problem of the sheet at once, so that the
 * user fixes the file in one go.
 */
final class PlanWorkbook {

    /** Column name of the problem about a file that cannot be read. */
    static final String FILE_COLUMN = "Tệp";

    private PlanWorkbook() {
    }

    /**
     * Reads the tasks of the first sheet. Never throws for a bad file: a file that is not
     * an .xlsx workbook gives one problem in column {@value #FILE_COLUMN}. Reads the
     * stream to its end and leaves it open.
     * @param agencies finds the agency a cell names, by code or by exact name
     * @param planIssuedOn the plan's issue date: no one-off deadline may be before it,
     * and first rounds of recurring tasks are counted from its year
     */
    static WorkbookResult read(InputStream xlsx, AgencyResolver agencies, LocalDate planIssuedOn) {
        Objects.requireNonNull(xlsx, "xlsx");
        Objects.requireNonNull(agencies, "agencies");
        Objects.requireNonNull(planIssuedOn, "planIssuedOn");
        XSSFWorkbook workbook;
        try {
            workbook = new XSSFWorkbook(xlsx, false);
        }
        catch (IOException | RuntimeException e) {
            // POI signals an empty file, an old .xls, an encrypted or a damaged file with
            // a variety of
            // exceptions; to the user they all mean the same thing.
            return WorkbookResult.of(new ImportProblem(0, FILE_COLUMN,
                    "Tệp tải lên không phải là tệp Excel .xlsx hợp lệ; hãy lưu tệp theo định dạng Excel Workbook"
                            + " (.xlsx) rồi tải lên lại"));
        }
        try {
            AppendixReader reader = new AppendixReader(agencies, new DeadlineParser(planIssuedOn));
            // Excel always saves at least one sheet, but other programs may not.
            return workbook.getNumberOfSheets() == 0 ? WorkbookResult.of(AppendixReader.noTask())
                    : reader.read(SheetTables.of(workbook.getSheetAt(0)));
        }
        finally {
            closeQuietly(workbook);
        }
    }

    private static void closeQuietly(XSSFWorkbook workbook) {
        try {
            workbook.close();
        }
        catch (IOException e) {
            // The workbook was read into memory from a stream: closing it writes nothing,
            // so nothing is lost.
        }
    }

    /**
     * The .xlsx template of an appendix, with example rows that {@link #read} accepts as
     * they are.
     */
    static byte[] template() {
        return AppendixTemplate.write();
    }

}
