package vn.gov.oversight.plan;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRelation;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/**
 * An uploaded appendix, as an Excel workbook (.xlsx) or as the plan issued as a Word
 * document (.docx) whose appendix is a table. Whatever arrives is checked before any of
 * it is parsed: its kind by content, not by name; a package that would inflate beyond
 * {@value #MAX_INFLATED_MB} MB or has more than {@value #MAX_ENTRIES} parts (a zip bomb),
 * or carries macros, is refused with one problem in column "Tệp".
 */
final class AppendixFiles {

    static final int MAX_INFLATED_MB = 64;
    static final int MAX_ENTRIES = 2_000;

    /**
     * Rows of a Word table read at most; the task limit of the reader stops far earlier.
     */
    static final int MAX_TABLE_ROWS = 10_000;

    static final String NOT_READABLE = "Tệp tải lên không phải là tệp Excel .xlsx hay Word .docx hợp lệ; hãy lưu tệp"
            + " theo định dạng Excel Workbook (.xlsx) hoặc Word Document (.docx) rồi tải lên lại";
    static final String OLD_FORMAT = "Tệp là định dạng Excel .xls hoặc Word .doc cũ, hoặc có đặt mật khẩu: hãy bỏ mật khẩu"
            + " và lưu lại thành .xlsx hoặc .docx rồi tải lên lại";
    static final String TOO_LARGE = "Tệp giải nén ra quá lớn (hơn " + MAX_INFLATED_MB
            + " MB) hoặc có quá nhiều thành phần;" + " hãy lưu riêng phần phụ lục rồi tải lên lại";
    static final String MACROS = "Tệp có chứa macro (.xlsm, .docm): vì an toàn, hệ thống không nhận tệp có macro; hãy lưu"
            + " lại thành .xlsx hoặc .docx rồi tải lên lại";

    private static final byte[] ZIP = { 'P', 'K', 3, 4 };

    private static final byte[] OLE2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0 };

    private enum Kind {

        WORKBOOK, DOCUMENT

    }

    private AppendixFiles() {
    }

    /** Reads the appendix of the file; never throws for a bad file. */
    static WorkbookResult read(byte[] file, AgencyResolver agencies, LocalDate planIssuedOn) {
        if (startsWith(file, OLE2)) {
            return refused(OLD_FORMAT);
        }
        if (!startsWith(file, ZIP)) {
            return refused(NOT_READABLE);
        }
        Optional<String> unsafe = unsafePackage(file);
        if (unsafe.isPresent()) {
            return refused(unsafe.get());
        }
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(new ByteArrayInputStream(file));
        }
        catch (IOException | RuntimeException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            return refused(NOT_READABLE);
        }
        try {
            String type = mainContentType(pkg).orElse("");
            if (type.toLowerCase(Locale.ROOT).contains("macroenabled")) {
                return refused(MACROS);
            }
            Kind kind = type.equals(XWPFRelation.DOCUMENT.getContentType()) ? Kind.DOCUMENT
                    : type.equals(XSSFRelation.WORKBOOK.getContentType()) ? Kind.WORKBOOK : null;
            if (kind == null) {
                return refused(NOT_READABLE);
            }
            return kind == Kind.DOCUMENT ? readDocument(pkg, agencies, planIssuedOn)
                    : readWorkbook(pkg, agencies, planIssuedOn);
        }
        catch (IOException | RuntimeException e) {
            // POI signals a damaged part with a variety of exceptions; to the user they
            // all mean the same thing.
            return refused(NOT_READABLE);
        }
        finally {
            pkg.revert();
        }
    }

    private static WorkbookResult readWorkbook(OPCPackage pkg, AgencyResolver agencies, LocalDate planIssuedOn)
            throws IOException {
        XSSFWorkbook workbook = new XSSFWorkbook(pkg);
        AppendixReader reader = new AppendixReader(agencies, new DeadlineParser(planIssuedOn));
        return workbook.getNumberOfSheets() == 0 ? WorkbookResult.of(AppendixReader.noTask())
                : reader.read(SheetTables.of(workbook.getSheetAt(0)));
    }

    /**
     * The table whose header names the most of the appendix's columns (the first one on a
     * tie).
     */
    private static WorkbookResult readDocument(OPCPackage pkg, AgencyResolver agencies, LocalDate planIssuedOn)
            throws IOException {
        XWPFDocument document = new XWPFDocument(pkg);
        AppendixTable best = null;
        int bestColumns = 0;
        for (XWPFTable table : document.getTables()) {
            AppendixTable candidate = WordTables.of(table, MAX_TABLE_ROWS + 1);
            int columns = AppendixReader.findHeader(candidate).map(header -> header.cells().size()).orElse(0);
            if (columns > bestColumns) {
                best = candidate;
                bestColumns = columns;
            }
        }
        if (best == null) {
            return WorkbookResult.of(AppendixReader.headerNotFound(true));
        }
        if (best.rows().size() > MAX_TABLE_ROWS) {
            return refused("Bảng phụ lục có hơn " + MAX_TABLE_ROWS + " dòng; hãy chia thành nhiều tệp");
        }
        return new AppendixReader(agencies, new DeadlineParser(planIssuedOn)).read(best);
    }

    private static Optional<String> mainContentType(OPCPackage pkg) {
        for (PackageRelationship relationship : pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT)) {
            try {
                PackagePart part = pkg.getPart(relationship);
                if (part != null) {
                    return Optional.of(part.getContentType());
                }
            }
            catch (RuntimeException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * Inflates every entry of the archive, counting, before any parser sees it: the sizes
     * an archive declares can lie, the bytes it inflates to cannot.
     */
    private static Optional<String> unsafePackage(byte[] file) {
        long budget = MAX_INFLATED_MB * 1024L * 1024L;
        byte[] buffer = new byte[64 * 1024];
        int entries = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(file))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (++entries > MAX_ENTRIES) {
                    return Optional.of(TOO_LARGE);
                }
                String name = entry.getName().toLowerCase(Locale.ROOT);
                if (name.endsWith("vbaproject.bin") || name.endsWith("vbadata.xml")) {
                    return Optional.of(MACROS);
                }
                int read;
                while ((read = zip.read(buffer)) > 0) {
                    budget -= read;
                    if (budget < 0) {
                        return Optional.of(TOO_LARGE);
                    }
                }
            }
        }
        catch (IOException | RuntimeException e) {
            return Optional.of(NOT_READABLE);
        }
        return entries == 0 ? Optional.of(NOT_READABLE) : Optional.empty();
    }

    private static boolean startsWith(byte[] file, byte[] magic) {
        if (file == null || file.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (file[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static WorkbookResult refused(String message) {
        return WorkbookResult.of(new ImportProblem(0, PlanWorkbook.FILE_COLUMN, message));
    }

    /** Reads at most {@code limit} bytes of an upload; empty when it is longer. */
    static Optional<byte[]> bytes(InputStream in, long limit) throws IOException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        return bytes.length > limit ? Optional.empty() : Optional.of(bytes);
    }

}
