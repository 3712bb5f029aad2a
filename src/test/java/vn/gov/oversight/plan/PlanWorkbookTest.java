package vn.gov.oversight.plan;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static vn.gov.oversight.plan.Recurrence.ONCE;
import static vn.gov.oversight.plan.Recurrence.ONGOING;
import static vn.gov.oversight.plan.Recurrence.YEARLY;

class PlanWorkbookTest {

    static final LocalDate ISSUED = LocalDate.of(2025, 3, 15);

    static final Map<String, String> DIRECTORY = Map.of("so-ldtbxh", "Sở Lao động - Thương binh và Xã hội", "so-y-te",
            "Sở Y tế", "so-tai-chinh", "Sở Tài chính", "so-vhttdl", "Sở Văn hóa, Thể thao và Du lịch", "ubnd-yen-mo",
            "Ủy ban nhân dân huyện Yên Mô");

    /**
     * As the caller's resolver is specified: a code or an exact name, ignoring case and
     * surrounding spaces.
     */
    static final AgencyResolver AGENCIES = codeOrName -> {
        String key = codeOrName.strip().toLowerCase(Locale.ROOT);
        return DIRECTORY.entrySet()
            .stream()
            .filter(agency -> agency.getKey().equals(key) || agency.getValue().toLowerCase(Locale.ROOT).equals(key))
            .map(Map.Entry::getKey)
            .findFirst();
    };

    static final Object[] HEADER = row("STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành",
            "Sản phẩm");

    static final String ACCEPTED_FORMS = "ngày (30/06/2026 hoặc 2026-06-30), tháng (Tháng 6/2026), quý (Quý II/2026), "
            + "năm (Năm 2026), Hằng năm (có thể kèm ngày: Hằng năm, trước ngày 15/12), Thường xuyên";
    static final String NOT_AN_XLSX = "Tệp tải lên không phải là tệp Excel .xlsx hợp lệ; hãy lưu tệp theo định dạng "
            + "Excel Workbook (.xlsx) rồi tải lên lại";
    static final String NO_TASK = "Phụ lục không có nhiệm vụ nào: mỗi nhiệm vụ là một dòng có STT bằng số (1, 2, 1.1…) "
            + "dưới dòng tiêu đề";
    static final String STT_RULE = "dòng nhóm nhiệm vụ ghi số La Mã (I, II, III…), dòng nhiệm vụ ghi số (1, 2, 1.1…)";

    @Nested
    class GoodWorkbooks {

        @Test
        void readsGroupsTasksAgenciesAndDeadlines() {
            WorkbookResult result = read(row("PHỤ LỤC NHIỆM VỤ KẾ HOẠCH"), row("(Kèm theo Kế hoạch số 151/KH-UBND)"),
                    HEADER, row("I", " Tăng cường công tác  lãnh đạo,\nchỉ đạo "),
                    row("1", "Quán triệt   Kế hoạch", "so-ldtbxh", "SỞ Y TẾ;  ubnd-yen-mo", "30/06/2025", "Hội nghị"),
                    row("2", "Xây dựng kế hoạch hằng năm", "  sở y tế , so-ldtbxh",
                            "Ủy ban nhân dân huyện   Yên Mô\nSở Tài chính", "Hằng năm, trước ngày 15/12", null),
                    row(), row("II.", "Thực hiện các chính sách giảm nghèo"),
                    row(1.0, "Hỗ trợ bảo hiểm y tế", "Sở Văn hóa, Thể thao và Du lịch, so-y-te",
                            "so-tai-chinh, Sở Tài chính", "Thường xuyên", "Báo cáo"),
                    row("2.", "Đào tạo nghề", "- so-ldtbxh\n- so-tai-chinh", null, LocalDate.of(2025, 9, 30), null),
                    row("2.1", "Đào tạo nghề cho lao động nông thôn", "so-ldtbxh", null, "Quý IV/2025", null));

            assertThat(result.problems()).isEmpty();
            String leadership = "Tăng cường công tác lãnh đạo, chỉ đạo";
            String policies = "Thực hiện các chính sách giảm nghèo";
            assertThat(result.tasks()).containsExactly(
                    new ImportedTask(5, "1.1", "Quán triệt Kế hoạch", leadership, List.of("so-ldtbxh"),
                            List.of("so-y-te", "ubnd-yen-mo"), LocalDate.of(2025, 6, 30), ONCE, "Hội nghị"),
                    new ImportedTask(6, "1.2", "Xây dựng kế hoạch hằng năm", leadership,
                            List.of("so-y-te", "so-ldtbxh"), List.of("ubnd-yen-mo", "so-tai-chinh"),
                            LocalDate.of(2025, 12, 15), YEARLY, ""),
                    new ImportedTask(9, "2.1", "Hỗ trợ bảo hiểm y tế", policies, List.of("so-vhttdl", "so-y-te"),
                            List.of("so-tai-chinh"), LocalDate.of(2025, 12, 31), ONGOING, "Báo cáo"),
                    new ImportedTask(10, "2.2", "Đào tạo nghề", policies, List.of("so-ldtbxh", "so-tai-chinh"),
                            List.of(), LocalDate.of(2025, 9, 30), ONCE, ""),
                    new ImportedTask(11, "2.2.1", "Đào tạo nghề cho lao động nông thôn", policies, List.of("so-ldtbxh"),
                            List.of(), LocalDate.of(2025, 12, 31), ONCE, ""));
        }

        @Test
        void withoutGroupRowsTheCodeIsTheSttAndTheGroupIsEmpty() {
            WorkbookResult result = read(HEADER, row("1", "Nhiệm vụ một", "so-y-te", null, "2025-06-30"),
                    row("01.1", "Nhiệm vụ một một", "so-y-te", null, "Năm 2025"),
                    row("2", "Nhiệm vụ hai", "so-y-te", null, "2026"));

            assertThat(result.problems()).isEmpty();
            assertThat(result.tasks()).extracting(ImportedTask::code, ImportedTask::group)
                .containsExactly(tuple("1", ""), tuple("1.1", ""), tuple("2", ""));
        }

        @Test
        void aTaskBeforeTheFirstGroupHasNoGroupAndItsSttAsCode() {
            WorkbookResult result = read(HEADER, row("1", "Nhiệm vụ chung", "so-y-te", null, "Thường xuyên"),
                    row("I", "Nhóm một"), row("1", "Nhiệm vụ của nhóm", "so-y-te", null, "Thường xuyên"));

            assertThat(result.problems()).isEmpty();
            assertThat(result.tasks()).extracting(ImportedTask::code, ImportedTask::group)
                .containsExactly(tuple("1", ""), tuple("1.1", "Nhóm một"));
        }

        @Test
        void findsColumnsInAnyOrderBelowTitleRowsWithoutDiacriticsAndIgnoresOtherColumns() {
            WorkbookResult result = read(row("UBND TỈNH NINH BÌNH"), row(), row("PHỤ LỤC"),
                    row("Ghi chú", " thoi gian hoan thanh ", "CO QUAN PHOI HOP", "nhiem vu", "Co quan chu tri", "stt",
                            "San pham dau ra"),
                    row("xem lại", "Quý 2 năm 2025", "so-y-te", "Nhiệm vụ đảo cột", "so-ldtbxh", "1", "Báo cáo"));

            assertThat(result.problems()).isEmpty();
            assertThat(result.tasks()).containsExactly(new ImportedTask(5, "1", "Nhiệm vụ đảo cột", "",
                    List.of("so-ldtbxh"), List.of("so-y-te"), LocalDate.of(2025, 6, 30), ONCE, "Báo cáo"));
        }

        @Test
        void acceptsTheShortDeadlineHeadersAndNoOptionalColumns() {
            WorkbookResult thoiHan = read(row("STT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời hạn"),
                    row("1", "Nhiệm vụ", "so-y-te", "Tháng 7/2025"));
            WorkbookResult thoiGian = read(row("STT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời gian"),
                    row("1", "Nhiệm vụ", "so-y-te", "Tháng 7/2025"));

            assertThat(thoiHan.problems()).isEmpty();
            assertThat(thoiHan.tasks()).extracting(ImportedTask::dueDate).containsExactly(LocalDate.of(2025, 7, 31));
            assertThat(thoiGian.tasks()).extracting(ImportedTask::dueDate).containsExactly(LocalDate.of(2025, 7, 31));
        }

        @Test
        void skipsEmptyRowsRowsWithOnlyAnSttAndTheColumnNumberingRow() {
            WorkbookResult result = read(HEADER, row("(1)", "(2)", "(3)", "(4)", "(5)", "(6)"),
                    row("1", "Nhiệm vụ", "so-y-te", null, "Thường xuyên"), row(), row(null, "   ", null, "\n"),
                    row("2"), row("3"));

            assertThat(result.problems()).isEmpty();
            assertThat(result.tasks()).extracting(ImportedTask::row, ImportedTask::code).containsExactly(tuple(3, "1"));
        }

        @Test
        void readsTheCachedValueOfFormulaCells() {
            WorkbookResult result = read(HEADER, row(new Formula("1+1"), new Formula("\"Nhiệm vụ \"&\"tính\""),
                    new Formula("\"so-\"&\"y-te\""), null, new Formula("\"Năm \"&(2024+1)")));

            assertThat(result.problems()).isEmpty();
            assertThat(result.tasks())
                .extracting(ImportedTask::code, ImportedTask::title, ImportedTask::leadAgencies, ImportedTask::dueDate)
                .containsExactly(tuple("2", "Nhiệm vụ tính", List.of("so-y-te"), LocalDate.of(2025, 12, 31)));
        }

    }

    @Nested
    class Deadlines {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', textBlock = """
                30/06/2025                     | 2025-06-30 | ONCE
                5/7/2025                       | 2025-07-05 | ONCE
                15/03/2025                     | 2025-03-15 | ONCE
                2025-09-01                     | 2025-09-01 | ONCE
                Trước ngày 30/9/2025           | 2025-09-30 | ONCE
                Tháng 6/2025                   | 2025-06-30 | ONCE
                tháng 11 năm 2025              | 2025-11-30 | ONCE
                Tháng 2 năm 2028               | 2028-02-29 | ONCE
                6/2025                         | 2025-06-30 | ONCE
                Quý II/2025                    | 2025-06-30 | ONCE
                Quý 4 năm 2025                 | 2025-12-31 | ONCE
                QUY I/2026                     | 2026-03-31 | ONCE
                Năm 2026                       | 2026-12-31 | ONCE
                2027                           | 2027-12-31 | ONCE
                Hằng năm                       | 2025-12-31 | YEARLY
                Hàng năm, trước ngày 15/12     | 2025-12-15 | YEARLY
                hang nam truoc 30/6            | 2025-06-30 | YEARLY
                Hằng năm, trước ngày 15/3      | 2025-03-15 | YEARLY
                Hằng năm, trước ngày 31/01     | 2026-01-31 | YEARLY
                Hằng năm, ngày 29/2            | 2026-02-28 | YEARLY
                Hằng năm, trong tháng 6        | 2025-06-30 | YEARLY
                Hằng năm, quý I                | 2025-03-31 | YEARLY
                Hằng năm, trong quý 1, 10/3   | 2026-03-10 | YEARLY
                Thường xuyên                   | 2025-12-31 | ONGOING
                THUONG XUYEN.                  | 2025-12-31 | ONGOING
                """)
        void readsEveryAcceptedForm(String text, LocalDate due, Recurrence recurrence) {
            WorkbookResult result = readDeadline(text);

            assertThat(result.problems()).isEmpty();
            assertThat(result.tasks()).extracting(ImportedTask::dueDate, ImportedTask::recurrence)
                .containsExactly(tuple(due, recurrence));
        }

        @Test
        void readsAnExcelDateCell() {
            assertThat(readDeadline(LocalDate.of(2025, 10, 20)).tasks())
                .extracting(ImportedTask::dueDate, ImportedTask::recurrence)
                .containsExactly(tuple(LocalDate.of(2025, 10, 20), ONCE));
        }

        @Test
        void aDateCellShownAsAMonthMeansTheEndOfThatMonth() {
            // Excel turns a typed "6/2025" into 1 June 2025 shown as "Jun-25".
            assertThat(readDeadline(new FormattedDate(LocalDate.of(2025, 6, 1), "mmm-yy")).tasks())
                .extracting(ImportedTask::dueDate)
                .containsExactly(LocalDate.of(2025, 6, 30));
        }

        @Test
        void readsAYearTypedAsANumber() {
            assertThat(readDeadline(2026).tasks()).extracting(ImportedTask::dueDate)
                .containsExactly(LocalDate.of(2026, 12, 31));
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|',
                textBlock = """
                        sớm nhất có thể   | Không hiểu thời gian hoàn thành 'sớm nhất có thể'. Ghi theo một trong các dạng: %s
                        Quý V/2025        | Không hiểu thời gian hoàn thành 'Quý V/2025'. Ghi theo một trong các dạng: %s
                        Trước tháng 6/2025| Không hiểu thời gian hoàn thành 'Trước tháng 6/2025'. Ghi theo một trong các dạng: %s
                        Hằng quý          | Không hiểu thời gian hoàn thành 'Hằng quý'. Ghi theo một trong các dạng: %s
                        31/02/2026        | Thời gian hoàn thành '31/02/2026' có ngày hoặc tháng không có thật
                        Tháng 13/2025     | Thời gian hoàn thành 'Tháng 13/2025' có ngày hoặc tháng không có thật
                        Hằng năm, 31/2    | Thời gian hoàn thành 'Hằng năm, 31/2' có ngày hoặc tháng không có thật
                        30/06/2024        | Thời hạn '30/06/2024' trước ngày ban hành kế hoạch (15/03/2025)
                        14/3/2025         | Thời hạn '14/3/2025' (14/03/2025) trước ngày ban hành kế hoạch (15/03/2025)
                        Quý IV/2024       | Thời hạn 'Quý IV/2024' (31/12/2024) trước ngày ban hành kế hoạch (15/03/2025)
                        Năm 2024          | Thời hạn 'Năm 2024' (31/12/2024) trước ngày ban hành kế hoạch (15/03/2025)
                        """)
        void rejectsOtherTextsAndDatesBeforeThePlan(String text, String message) {
            assertThat(readDeadline(text).problems())
                .containsExactly(new ImportProblem(2, "Thời gian hoàn thành", message.formatted(ACCEPTED_FORMS)));
        }

        @Test
        void rejectsAnExcelDateCellBeforeThePlan() {
            assertThat(readDeadline(LocalDate.of(2025, 1, 2)).problems()).containsExactly(new ImportProblem(2,
                    "Thời gian hoàn thành", "Thời hạn '02/01/2025' trước ngày ban hành kế hoạch (15/03/2025)"));
        }

        private static WorkbookResult readDeadline(Object deadline) {
            return read(HEADER, row("1", "Nhiệm vụ", "so-y-te", null, deadline));
        }

    }

    @Nested
    class BadRows {

        @Test
        void anUnknownLeadIsAProblemAndAnUnknownCoordinatorAnOutsideBodyWithAWarning() {
            WorkbookResult result = read(HEADER,
                    row("1", "Nhiệm vụ", "so-y-te, Sở Y tế tỉnh X", "Sở Không Có; sở không có", "Thường xuyên"));

            assertThat(result.tasks()).isEmpty();
            assertThat(result.problems())
                .containsExactly(new ImportProblem(2, "Cơ quan chủ trì", "Không tìm thấy cơ quan 'Sở Y tế tỉnh X'"));
            assertThat(result.warnings())
                .containsExactly(new ImportProblem(2, "Cơ quan phối hợp", "'Sở Không Có' không "
                        + "có trong danh bạ: được ghi là cơ quan phối hợp ngoài danh bạ, không được giao việc"));
            assertThat(result.unknownNames()).extracting(UnknownName::name, UnknownName::column)
                .containsExactly(tuple("Sở Y tế tỉnh X", "Cơ quan chủ trì"), tuple("Sở Không Có", "Cơ quan phối hợp"));

            WorkbookResult outsideOnly = read(HEADER,
                    row("1", "Nhiệm vụ", "so-y-te", "Báo Ninh Bình, so-tai-chinh", "Thường xuyên"));
            assertThat(outsideOnly.problems()).isEmpty();
            assertThat(outsideOnly.tasks().get(0).coordinatingAgencies()).containsExactly("so-tai-chinh");
            assertThat(outsideOnly.tasks().get(0).outsideCoordinators()).containsExactly("Báo Ninh Bình");
        }

        @Test
        void missingTitleLeadAgencyAndDeadline() {
            assertThat(read(HEADER, row("1", null, null, "so-y-te", null, "Báo cáo")).problems()).containsExactly(
                    new ImportProblem(2, "Nhiệm vụ", "Chưa ghi tên nhiệm vụ"),
                    new ImportProblem(2, "Cơ quan chủ trì", "Chưa ghi cơ quan chủ trì"),
                    new ImportProblem(2, "Thời gian hoàn thành", "Chưa ghi thời gian hoàn thành"));
            assertThat(read(HEADER, row("1", "Nhiệm vụ", " , ;\n", null, "Thường xuyên")).problems())
                .containsExactly(new ImportProblem(2, "Cơ quan chủ trì", "Chưa ghi cơ quan chủ trì"));
        }

        @Test
        void duplicateCodeIsReportedOnTheSecondOccurrence() {
            WorkbookResult result = read(HEADER, row("I", "Nhóm một"),
                    row("1", "Nhiệm vụ một", "so-y-te", null, "Thường xuyên"),
                    row("2", "Nhiệm vụ hai", "so-y-te", null, "Thường xuyên"),
                    row("1.", "Nhiệm vụ một lặp lại", "so-y-te", null, "Thường xuyên"));

            assertThat(result.problems())
                .containsExactly(new ImportProblem(5, "STT", "Trùng số thứ tự: nhiệm vụ '1.1' đã có ở dòng 3"));
        }

        @Test
        void leadAgencyAlsoCoordinating() {
            assertThat(read(HEADER, row("1", "Nhiệm vụ", "so-y-te, so-ldtbxh", "Sở Y tế", "Thường xuyên")).problems())
                .containsExactly(new ImportProblem(2, "Cơ quan phối hợp",
                        "Cơ quan 'Sở Y tế' vừa là cơ quan chủ trì vừa là cơ quan phối hợp của nhiệm vụ này"));
        }

        @Test
        void sttThatIsNeitherAGroupNorATask() {
            assertThat(read(HEADER, row("a)", "Nhiệm vụ", "so-y-te", null, "Thường xuyên"),
                    row(null, "Nhiệm vụ không số", "so-y-te", null, "Thường xuyên"), row("IIII", "Nhóm sai số"))
                .problems()).containsExactly(new ImportProblem(2, "STT", "STT 'a)' không hợp lệ: " + STT_RULE),
                        new ImportProblem(3, "STT", "Chưa ghi STT: " + STT_RULE),
                        new ImportProblem(4, "STT", "STT 'IIII' không hợp lệ: " + STT_RULE),
                        new ImportProblem(0, "Nhiệm vụ", NO_TASK));
        }

        @Test
        void aGroupRowHasOnlyATitle() {
            assertThat(read(HEADER, row("I", null, "so-y-te", null, "Thường xuyên"),
                    row("1", "Nhiệm vụ", "so-y-te", null, "Thường xuyên"))
                .problems())
                .containsExactly(new ImportProblem(2, "Nhiệm vụ", "Chưa ghi tên nhóm nhiệm vụ I"),
                        new ImportProblem(2, "Cơ quan chủ trì",
                                "Dòng nhóm nhiệm vụ (STT 'I') chỉ ghi tên nhóm; để trống ô "
                                        + "này, hoặc ghi STT bằng số nếu đây là nhiệm vụ"),
                        new ImportProblem(2, "Thời gian hoàn thành",
                                "Dòng nhóm nhiệm vụ (STT 'I') chỉ ghi tên nhóm; để "
                                        + "trống ô này, hoặc ghi STT bằng số nếu đây là nhiệm vụ"));
        }

        @Test
        void titleLongerThanTheLimit() {
            assertThat(read(HEADER, row("1", "x".repeat(2_001), "so-y-te", null, "Thường xuyên")).problems())
                .containsExactly(
                        new ImportProblem(2, "Nhiệm vụ", "Tên nhiệm vụ dài 2.001 ký tự, quá giới hạn 2.000 ký tự"));
            assertThat(read(HEADER, row("1", "x".repeat(2_000), "so-y-te", null, "Thường xuyên")).problems()).isEmpty();
        }

        @Test
        void moreThanTwoThousandTasks() {
            List<Object[]> rows = new ArrayList<>();
            rows.add(HEADER);
            for (int i = 1; i <= 2_001; i++) {
                rows.add(row(Integer.toString(i), "Nhiệm vụ " + i, "so-y-te", null, "Thường xuyên"));
            }
            assertThat(read(rows.toArray(Object[][]::new)).problems()).containsExactly(
                    new ImportProblem(2_002, "STT", "Phụ lục có quá 2.000 nhiệm vụ; hãy chia thành nhiều tệp"));
            assertThat(read(rows.subList(0, 2_001).toArray(Object[][]::new)).tasks()).hasSize(2_000);
        }

        @Test
        void reportsEveryProblemOfTheSheetAndNoTask() {
            WorkbookResult result = read(row("PHỤ LỤC"), HEADER, row("I", "Nhóm một"),
                    row("1", "Nhiệm vụ tốt", "so-y-te", null, "Thường xuyên"),
                    row("2", null, "Sở Ma", null, "30/06/2025"), row("II", "Nhóm hai"),
                    row("1", "Nhiệm vụ", "so-y-te", "so-y-te", "sớm"),
                    row("1", "Nhiệm vụ tốt nhưng trùng", "so-ldtbxh", null, "01/01/2020"));

            assertThat(result.tasks()).isEmpty();
            assertThat(result.problems()).containsExactly(new ImportProblem(5, "Nhiệm vụ", "Chưa ghi tên nhiệm vụ"),
                    new ImportProblem(5, "Cơ quan chủ trì", "Không tìm thấy cơ quan 'Sở Ma'"),
                    new ImportProblem(7, "Cơ quan phối hợp",
                            "Cơ quan 'so-y-te' vừa là cơ quan chủ trì vừa là cơ quan phối hợp của nhiệm vụ này"),
                    new ImportProblem(7, "Thời gian hoàn thành",
                            "Không hiểu thời gian hoàn thành 'sớm'. Ghi theo một trong các dạng: " + ACCEPTED_FORMS),
                    new ImportProblem(8, "STT", "Trùng số thứ tự: nhiệm vụ '2.1' đã có ở dòng 7"), new ImportProblem(8,
                            "Thời gian hoàn thành", "Thời hạn '01/01/2020' trước ngày ban hành kế hoạch (15/03/2025)"));
        }

    }

    @Nested
    class BadSheets {

        @Test
        void missingRequiredHeadersAreEachReportedAndNothingElseIsRead() {
            WorkbookResult result = read(row("PHỤ LỤC"), row("STT", "Nhiệm vụ", "Cơ quan phối hợp"),
                    row("1", null, "Sở Ma"));

            assertThat(result.tasks()).isEmpty();
            assertThat(result.problems()).containsExactly(
                    new ImportProblem(2, "Cơ quan chủ trì", "Thiếu cột 'Cơ quan chủ trì' trong dòng tiêu đề (dòng 2)"),
                    new ImportProblem(2, "Thời gian hoàn thành",
                            "Thiếu cột 'Thời gian hoàn thành' trong dòng tiêu đề (dòng 2)"));
        }

        @Test
        void aColumnNamedTwice() {
            assertThat(read(row("STT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời hạn", "Thời gian hoàn thành")).problems())
                .containsExactly(new ImportProblem(1, "Thời gian hoàn thành",
                        "Cột 'Thời gian hoàn thành' có nhiều lần trong dòng tiêu đề (các cột D, E)"));
        }

        @Test
        void noHeaderRow() {
            assertThat(
                    read(row("Danh sách nhiệm vụ"), row("1", "Nhiệm vụ", "so-y-te", null, "Thường xuyên")).problems())
                .containsExactly(new ImportProblem(0, "Dòng tiêu đề", "Không tìm thấy dòng tiêu đề của bảng trong 10 "
                        + "dòng đầu của trang tính đầu tiên; dòng tiêu đề cần có các cột: STT, Nhiệm vụ, Cơ quan chủ "
                        + "trì, Cơ quan phối hợp, Thời gian hoàn thành, Sản phẩm"));
        }

        @Test
        void aHeaderBelowTheTenthRowIsNotFound() {
            List<Object[]> rows = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                rows.add(row("Dòng " + i));
            }
            rows.add(HEADER);
            rows.add(row("1", "Nhiệm vụ", "so-y-te", null, "Thường xuyên"));
            assertThat(read(rows.toArray(Object[][]::new)).problems()).extracting(ImportProblem::column)
                .containsExactly("Dòng tiêu đề");
        }

        @Test
        void emptySheetAndHeaderWithoutTasks() {
            assertThat(read().problems()).containsExactly(new ImportProblem(0, "Nhiệm vụ", NO_TASK));
            assertThat(read(HEADER, row(), row("1")).problems())
                .containsExactly(new ImportProblem(0, "Nhiệm vụ", NO_TASK));
        }

        @Test
        void filesThatAreNotXlsxWorkbooks() throws IOException {
            ByteArrayOutputStream xls = new ByteArrayOutputStream();
            try (HSSFWorkbook workbook = new HSSFWorkbook()) {
                workbook.createSheet("Phụ lục").createRow(0).createCell(0).setCellValue("STT");
                workbook.write(xls);
            }
            byte[] garbage = "PK\u0003\u0004 this is not a zip archive".getBytes(StandardCharsets.ISO_8859_1);
            for (byte[] file : List.of(new byte[0], "STT;Nhiệm vụ\n1;x".getBytes(StandardCharsets.UTF_8), garbage,
                    xls.toByteArray())) {
                assertThat(PlanWorkbook.read(new ByteArrayInputStream(file), AGENCIES, ISSUED))
                    .isEqualTo(new WorkbookResult(List.of(), List.of(new ImportProblem(0, "Tệp", NOT_AN_XLSX))));
            }
        }

    }

    @Nested
    class Template {

        @Test
        void readsBackWithoutProblems() {
            WorkbookResult result = PlanWorkbook.read(new ByteArrayInputStream(PlanWorkbook.template()), AGENCIES,
                    ISSUED);

            assertThat(result.problems()).isEmpty();
            assertThat(result.tasks())
                .extracting(ImportedTask::row, ImportedTask::code, ImportedTask::group, ImportedTask::leadAgencies,
                        ImportedTask::coordinatingAgencies, ImportedTask::dueDate, ImportedTask::recurrence)
                .containsExactly(
                        tuple(6, "1.1", "Tăng cường công tác lãnh đạo, chỉ đạo", List.of("so-ldtbxh"),
                                List.of("so-y-te", "ubnd-yen-mo"), LocalDate.of(2025, 12, 31), ONGOING),
                        tuple(7, "1.2", "Tăng cường công tác lãnh đạo, chỉ đạo", List.of("so-ldtbxh", "ubnd-yen-mo"),
                                List.of("so-y-te"), LocalDate.of(2025, 12, 15), YEARLY),
                        tuple(9, "2.1", "Thực hiện các chính sách giảm nghèo", List.of("so-y-te"),
                                List.of("so-ldtbxh", "ubnd-yen-mo"), LocalDate.of(2025, 12, 31), YEARLY));
        }

        @Test
        void hasATitledStyledAppendixSheetAndAGuide() throws IOException {
            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(PlanWorkbook.template()))) {
                assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
                Sheet appendix = workbook.getSheetAt(0);
                assertThat(appendix.getSheetName()).isEqualTo("Phụ lục");
                Cell title = appendix.getRow(0).getCell(0);
                assertThat(title.getStringCellValue()).isEqualTo("PHỤ LỤC NHIỆM VỤ KẾ HOẠCH");
                assertThat(workbook.getFontAt(title.getCellStyle().getFontIndex()).getBold()).isTrue();

                Row header = appendix.getRow(3);
                assertThat(header).extracting(Cell::getStringCellValue)
                    .containsExactly("STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành",
                            "Sản phẩm");
                CellStyle headerStyle = header.getCell(1).getCellStyle();
                assertThat(workbook.getFontAt(headerStyle.getFontIndex()).getBold()).isTrue();
                assertThat(headerStyle.getWrapText()).isTrue();
                assertThat(headerStyle.getBorderBottom()).isEqualTo(BorderStyle.THIN);
                assertThat(appendix.getColumnWidth(1)).isEqualTo(60 * 256);
                // STT and deadline cells are text, so Excel keeps "1.10" and "6/5/2026"
                // as typed.
                assertThat(appendix.getRow(20).getCell(0).getCellStyle().getDataFormatString()).isEqualTo("@");
                assertThat(appendix.getRow(20).getCell(4).getCellStyle().getDataFormatString()).isEqualTo("@");

                Sheet guide = workbook.getSheetAt(1);
                assertThat(guide.getSheetName()).isEqualTo("Hướng dẫn");
                List<String> guideText = new ArrayList<>();
                guide.forEach(row -> row.forEach(cell -> guideText.add(cell.getStringCellValue())));
                assertThat(String.join("\n", guideText)).contains("Cơ quan chủ trì", "Cơ quan phối hợp", "Sản phẩm",
                        "Quý II/2026", "Hằng năm", "Thường xuyên", "dấu chấm phẩy (;)", "xuống dòng", "mã cơ quan",
                        "tên đầy đủ");
            }
        }

    }

    // ---- building workbooks
    // --------------------------------------------------------------------------

    /** A formula cell; its cached value is computed before the workbook is written. */
    record Formula(String formula) {
    }

    /** A date cell with its own number format. */
    record FormattedDate(LocalDate date, String format) {
    }

    static Object[] row(Object... cells) {
        return cells;
    }

    static WorkbookResult read(Object[]... rows) {
        return PlanWorkbook.read(new ByteArrayInputStream(xlsx(rows)), AGENCIES, ISSUED);
    }

    /** An .xlsx whose first sheet holds the rows from A1 down; null is an absent cell. */
    static byte[] xlsx(Object[]... rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Phụ lục");
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    if (rows[r][c] != null) {
                        write(workbook, row.createCell(c), rows[r][c]);
                    }
                }
            }
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            workbook.write(bytes);
            return bytes.toByteArray();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Workbook workbook, Cell cell, Object value) {
        if (value instanceof String text) {
            cell.setCellValue(text);
        }
        else if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
        }
        else if (value instanceof LocalDate date) {
            write(workbook, cell, new FormattedDate(date, "dd/mm/yyyy"));
        }
        else if (value instanceof FormattedDate date) {
            CellStyle style = workbook.createCellStyle();
            style.setDataFormat(workbook.createDataFormat().getFormat(date.format()));
            cell.setCellValue(date.date());
            cell.setCellStyle(style);
        }
        else if (value instanceof Formula formula) {
            cell.setCellFormula(formula.formula());
        }
        else {
            throw new IllegalArgumentException("Cannot write " + value);
        }
    }

}
