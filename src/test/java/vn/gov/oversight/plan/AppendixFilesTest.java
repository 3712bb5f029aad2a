package vn.gov.oversight.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static vn.gov.oversight.plan.WordAppendix.DOWN;
import static vn.gov.oversight.plan.WordAppendix.START;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * Reading appendices from .docx and .xlsx files, and refusing every other kind of upload
 * cleanly.
 */
class AppendixFilesTest {

    static final LocalDate ISSUED = PlanWorkbookTest.ISSUED;
    static final String[] HEADER = { "STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp",
            "Thời gian hoàn thành", "Sản phẩm" };

    static WorkbookResult read(byte[] file) {
        return AppendixFiles.read(file, PlanWorkbookTest.AGENCIES, ISSUED);
    }

    @Test
    void readsTheAppendixTableOfAWordDocumentWithGroupRowsAndCellsMergedDown() {
        byte[] docx = WordAppendix.docx(6, HEADER, new String[] { "(1)", "(2)", "(3)", "(4)", "(5)", "(6)" },
                new String[] { "I. TĂNG CƯỜNG CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO" },
                new String[] { "1", "Quán triệt kế hoạch", START + "so-ldtbxh", "Sở Y tế\nSở Tài chính", "Quý IV/2025",
                        "Hội nghị" },
                new String[] { "2", "Xây dựng kế hoạch", DOWN, "", "Hằng năm", "Kế hoạch" },
                new String[] { "II", "Huy động nguồn lực", "", "", "", "" },
                new String[] { "1", "Cho vay", "so-tai-chinh", "Báo Ninh Bình", "Thường xuyên", "" });

        WorkbookResult result = read(docx);

        assertThat(result.problems()).isEmpty();
        assertThat(result.tasks())
            .extracting(ImportedTask::row, ImportedTask::code, ImportedTask::group, ImportedTask::leadAgencies,
                    ImportedTask::coordinatingAgencies, ImportedTask::outsideCoordinators)
            .containsExactly(
                    tuple(4, "1.1", "TĂNG CƯỜNG CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO", List.of("so-ldtbxh"),
                            List.of("so-y-te", "so-tai-chinh"), List.of()),
                    tuple(5, "1.2", "TĂNG CƯỜNG CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO", List.of("so-ldtbxh"), List.of(),
                            List.of()),
                    tuple(7, "2.1", "Huy động nguồn lực", List.of("so-tai-chinh"), List.of(),
                            List.of("Báo Ninh Bình")));
        assertThat(result.warnings()).extracting(ImportProblem::row).containsExactly(7);
    }

    @Test
    void wordRowsAndColumnsAreNamedAsTheTableShowsThem() {
        byte[] docx = WordAppendix.docx(6, HEADER,
                new String[] { "1", "Nhiệm vụ", "Sở Không Có", "", "sớm nhất có thể", "" });

        assertThat(read(docx).problems()).extracting(ImportProblem::row, ImportProblem::column)
            .containsExactly(tuple(2, "Cơ quan chủ trì"), tuple(2, "Thời gian hoàn thành"));
        byte[] twice = WordAppendix.docx(3, new String[] { "STT", "Nhiệm vụ", "STT" });
        assertThat(read(twice).problems()).extracting(ImportProblem::message).anyMatch(m -> m.contains("thứ 1, thứ 3"));
    }

    @Test
    void aDocumentWithoutTheAppendixTableSaysWhatHeaderIsNeeded() {
        byte[] docx = WordAppendix.docx(2, new String[] { "Nơi nhận", "Chữ ký" });

        assertThat(read(docx).problems()).singleElement().satisfies(problem -> {
            assertThat(problem.column()).isEqualTo("Dòng tiêu đề");
            assertThat(problem.message()).contains("các bảng trong văn bản", "Cơ quan chủ trì");
        });
    }

    @Test
    void anXlsxIsReadAsBefore() {
        byte[] xlsx = PlanWorkbookTest.xlsx(PlanWorkbookTest.HEADER,
                PlanWorkbookTest.row("1", "Nhiệm vụ", "so-y-te", null, "Thường xuyên"));

        assertThat(read(xlsx).tasks()).extracting(ImportedTask::leadAgencies).containsExactly(List.of("so-y-te"));
    }

    @Test
    void refusesOtherFilesOldFormatsMacrosAndZipBombsWithOneProblemAboutTheFile() throws IOException {
        ByteArrayOutputStream xls = new ByteArrayOutputStream();
        try (HSSFWorkbook workbook = new HSSFWorkbook()) {
            workbook.createSheet("Phụ lục");
            workbook.write(xls);
        }
        byte[] docx = WordAppendix.docx(6, HEADER, new String[] { "1", "Nhiệm vụ", "so-y-te", "", "Thường xuyên", "" });

        assertThat(fileProblem(new byte[0])).isEqualTo(AppendixFiles.NOT_READABLE);
        assertThat(fileProblem("STT;Nhiệm vụ\n1;x".getBytes(StandardCharsets.UTF_16)))
            .isEqualTo(AppendixFiles.NOT_READABLE);
        assertThat(fileProblem("PK\u0003\u0004 not a zip".getBytes(StandardCharsets.ISO_8859_1)))
            .isEqualTo(AppendixFiles.NOT_READABLE);
        assertThat(fileProblem(xls.toByteArray())).isEqualTo(AppendixFiles.OLD_FORMAT);
        assertThat(fileProblem(zip(new Entry("readme.txt", "xin chào".getBytes(StandardCharsets.UTF_8)))))
            .isEqualTo(AppendixFiles.NOT_READABLE);
        assertThat(fileProblem(withEntry(docx, new Entry("word/vbaProject.bin", new byte[100]))))
            .isEqualTo(AppendixFiles.MACROS);
        assertThat(fileProblem(withEntry(docx, new Entry("word/media/bomb.bin", new byte[70 * 1024 * 1024]))))
            .isEqualTo(AppendixFiles.TOO_LARGE);
        Entry[] many = new Entry[AppendixFiles.MAX_ENTRIES + 1];
        for (int i = 0; i < many.length; i++) {
            many[i] = new Entry("part" + i + ".xml", new byte[1]);
        }
        assertThat(fileProblem(zip(many))).isEqualTo(AppendixFiles.TOO_LARGE);
    }

    private static String fileProblem(byte[] file) {
        WorkbookResult result = read(file);
        assertThat(result.tasks()).isEmpty();
        assertThat(result.problems()).hasSize(1);
        assertThat(result.problems().get(0).column()).isEqualTo("Tệp");
        return result.problems().get(0).message();
    }

    record Entry(String name, byte[] content) {
    }

    private static byte[] zip(Entry... entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Entry entry : entries) {
                zip.putNextEntry(new ZipEntry(entry.name()));
                zip.write(entry.content());
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /** The package with one more entry. */
    private static byte[] withEntry(byte[] pkg, Entry extra) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(pkg));
                ZipOutputStream out = new ZipOutputStream(bytes)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                in.transferTo(out);
                out.closeEntry();
            }
            out.putNextEntry(new ZipEntry(extra.name()));
            out.write(extra.content());
            out.closeEntry();
        }
        return bytes.toByteArray();
    }

}
