package vn.gov.oversight.plan;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.gov.oversight.plan.AgencyResolver.Resolution;
import vn.gov.oversight.plan.DeadlineParser.Accepted;
import vn.gov.oversight.plan.DeadlineParser.Deadline;
import vn.gov.oversight.plan.DeadlineParser.Outcome;
import vn.gov.oversight.plan.DeadlineParser.Rejected;

import static vn.gov.oversight.plan.AppendixColumn.COORDINATING_AGENCIES;
import static vn.gov.oversight.plan.AppendixColumn.DEADLINE;
import static vn.gov.oversight.plan.AppendixColumn.LEAD_AGENCIES;
import static vn.gov.oversight.plan.AppendixColumn.NUMBER;
import static vn.gov.oversight.plan.AppendixColumn.OUTPUT;
import static vn.gov.oversight.plan.AppendixColumn.TITLE;

/**
 * Reads the task table of a plan's appendix (a sheet, or a table of a Word document),
 * collecting every problem on the way. One instance reads one table.
 */
final class AppendixReader {

    static final int HEADER_SEARCH_ROWS = 10;
    static final int MAX_TASKS = 2_000;
    static final int MAX_TEXT_LENGTH = 2_000;

    /** Column name of problems about the sheet as a whole. */
    static final String HEADER_ROW_COLUMN = "Dòng tiêu đề";

    private static final Pattern TASK_NUMBER = Pattern.compile("\\d{1,4}(?:\\.\\d{1,4})*\\.?");

    private static final Pattern GROUP_NUMBER = Pattern.compile("([IVXLCDMivxlcdm]+)\\.?");

    private static final Pattern TITLED_GROUP = Pattern.compile("([IVXLCDM]+)[.)]\\s+(\\S.*)");

    // Official tables often number their columns in the row under the header: (1) (2)
    // (3)…
    private static final Pattern COLUMN_NUMBER = Pattern.compile("\\(?\\d{1,2}\\)?");

    private static final Pattern AGENCY_LINES = Pattern.compile("[;\\r\\n]+");

    // "UBND các huyện,\nthành phố": a line that ends with a comma goes on on the next
    // one.
    private static final Pattern COMMA_AT_LINE_END = Pattern.compile(",\\s*[\\r\\n]+\\s*");

    private static final Pattern BULLET = Pattern.compile("^[-+*•·–—]\\s*");

    // Agency names may contain commas ("Sở Văn hóa, Thể thao và Du lịch"): up to this
    // many comma-separated
    // parts are tried together as one name before each part is tried alone.
    private static final int MAX_COMMAS_IN_NAME = 3;

    private final AgencyResolver agencies;

    private final DeadlineParser deadlines;

    private final List<ImportProblem> problems = new ArrayList<>();

    private final List<ImportProblem> warnings = new ArrayList<>();

    private final Map<String, UnknownName> unknownNames = new LinkedHashMap<>();

    private AppendixTable table;

    AppendixReader(AgencyResolver agencies, DeadlineParser deadlines) {
        this.agencies = agencies;
        this.deadlines = deadlines;
    }

    WorkbookResult read(AppendixTable table) {
        this.table = table;
        Optional<Header> header = findHeader(table);
        if (header.isEmpty()) {
            return WorkbookResult.of(isBlank(table) ? noTask() : headerNotFound(table.word()));
        }
        if (!checkHeader(header.get())) {
            return result(List.of());
        }
        List<ContentRow> rows = contentRows(table, header.get());
        List<ImportedTask> tasks = readRows(rows);
        if (rows.stream().noneMatch(row -> row.kind() == Kind.TASK)) {
            problems.add(noTask());
        }
        return result(tasks);
    }

    // ---- header
    // ------------------------------------------------------------------------------------

    /**
     * The header row: its 0-based index and, for each column it names, the cells naming
     * it.
     */
    record Header(int rowIndex, Map<AppendixColumn, List<Integer>> cells) {

        int excelRow() {
            return rowIndex + 1;
        }

        int cellOf(AppendixColumn column) {
            List<Integer> found = cells.get(column);
            return found == null ? -1 : found.get(0);
        }
    }

    /**
     * The row among the first ten that names the most columns; a row naming fewer than
     * two is a title or a note, not the header.
     */
    static Optional<Header> findHeader(AppendixTable table) {
        Header best = null;
        for (AppendixTable.Row row : table.rows()) {
            if (row.index() >= HEADER_SEARCH_ROWS) {
                break;
            }
            Map<AppendixColumn, List<Integer>> cells = new EnumMap<>(AppendixColumn.class);
            row.cells()
                .entrySet()
                .stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(cell -> AppendixColumn.named(cell.getValue().text())
                    .ifPresent(column -> cells.computeIfAbsent(column, c -> new ArrayList<>()).add(cell.getKey())));
            if (cells.size() >= 2 && (best == null || cells.size() > best.cells().size())) {
                best = new Header(row.index(), cells);
            }
        }
        return Optional.ofNullable(best);
    }

    /** Reports missing and repeated columns; reading goes on only when there is none. */
    private boolean checkHeader(Header header) {
        for (AppendixColumn column : AppendixColumn.values()) {
            List<Integer> cells = header.cells().get(column);
            if (cells == null && column.required) {
                problems.add(new ImportProblem(header.excelRow(), column.header,
                        "Thiếu cột '" + column.header + "' trong dòng tiêu đề (dòng " + header.excelRow() + ")"));
            }
            else if (cells != null && cells.size() > 1) {
                List<String> letters = cells.stream().map(table::columnName).toList();
                problems.add(new ImportProblem(header.excelRow(), column.header, "Cột '" + column.header
                        + "' có nhiều lần trong dòng tiêu đề (các cột " + String.join(", ", letters) + ")"));
            }
        }
        return problems.isEmpty();
    }

    private static boolean isBlank(AppendixTable table) {
        return table.rows()
            .stream()
            .flatMap(row -> row.cells().values().stream())
            .allMatch(cell -> CellTexts.clean(cell.text()).isEmpty() && cell.date() == null);
    }

    // ---- rows
    // --------------------------------------------------------------------------------------

    private enum Kind {

        GROUP, TASK, INVALID

    }

    /**
     * A row below the header with something in at least one of the appendix's columns.
     */
    private record ContentRow(int excelRow, Kind kind, String number, Map<AppendixColumn, String> raw,
            AppendixTable.Cell deadlineCell) {

        String text(AppendixColumn column) {
            return CellTexts.clean(raw.getOrDefault(column, ""));
        }
    }

    private static List<ContentRow> contentRows(AppendixTable table, Header header) {
        List<ContentRow> rows = new ArrayList<>();
        Map<Integer, AppendixTable.Row> byIndex = table.byIndex();
        boolean first = true;
        for (AppendixTable.Row row : table.rows()) {
            if (row.index() <= header.rowIndex()) {
                continue;
            }
            Map<AppendixColumn, AppendixTable.Cell> cells = new EnumMap<>(AppendixColumn.class);
            for (AppendixColumn column : header.cells().keySet()) {
                cells.put(column, table.cellBelowHeader(row, header.cellOf(column), header.rowIndex(), byIndex));
            }
            Map<AppendixColumn, String> raw = new EnumMap<>(AppendixColumn.class);
            cells.forEach((column, cell) -> raw.put(column, cell.text()));
            String number = CellTexts.clean(raw.getOrDefault(NUMBER, ""));
            Matcher titled = TITLED_GROUP.matcher(number);
            if (CellTexts.clean(raw.getOrDefault(TITLE, "")).isEmpty() && titled.matches()
                    && RomanNumerals.parse(titled.group(1)).isPresent()) {
                // "I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO" written across the row in its first
                // cell: number and title of a group
                number = titled.group(1);
                raw.put(TITLE, titled.group(2));
            }
            if (onlyNumberOrNothing(raw) || (first && isColumnNumbering(raw))) {
                continue;
            }
            first = false;
            rows.add(new ContentRow(row.number(), kindOf(number), number, raw,
                    cells.getOrDefault(DEADLINE, AppendixTable.Cell.EMPTY)));
        }
        return rows;
    }

    /**
     * Empty rows, and rows with only an STT (numbered in advance and left empty), say
     * nothing and are skipped.
     */
    private static boolean onlyNumberOrNothing(Map<AppendixColumn, String> raw) {
        return raw.entrySet()
            .stream()
            .allMatch(cell -> cell.getKey() == NUMBER || CellTexts.clean(cell.getValue()).isEmpty());
    }

    private static boolean isColumnNumbering(Map<AppendixColumn, String> raw) {
        List<String> texts = raw.values().stream().map(CellTexts::clean).filter(text -> !text.isEmpty()).toList();
        return texts.size() >= 3 && texts.stream().allMatch(text -> COLUMN_NUMBER.matcher(text).matches());
    }

    private static Kind kindOf(String number) {
        if (TASK_NUMBER.matcher(number).matches()) {
            return Kind.TASK;
        }
        var group = GROUP_NUMBER.matcher(number);
        return group.matches() && RomanNumerals.parse(group.group(1)).isPresent() ? Kind.GROUP : Kind.INVALID;
    }

    private List<ImportedTask> readRows(List<ContentRow> rows) {
        boolean grouped = rows.stream().anyMatch(row -> row.kind() == Kind.GROUP);
        List<ImportedTask> tasks = new ArrayList<>();
        Map<String, Integer> rowOfCode = new HashMap<>();
        String group = "";
        String groupNumber = null;
        int taskRows = 0;
        for (ContentRow row : rows) {
            switch (row.kind()) {
                case GROUP -> {
                    group = readGroup(row);
                    groupNumber = Integer.toString(groupNumberOf(row.number()));
                }
                case TASK -> {
                    if (++taskRows > MAX_TASKS) {
                        problems.add(new ImportProblem(row.excelRow(), NUMBER.header,
                                "Phụ lục có quá " + thousands(MAX_TASKS) + " nhiệm vụ; hãy chia thành nhiều tệp"));
                        return tasks;
                    }
                    String number = taskNumberOf(row.number());
                    String code = grouped && groupNumber != null ? groupNumber + "." + number : number;
                    Integer earlier = rowOfCode.putIfAbsent(code, row.excelRow());
                    if (earlier != null) {
                        problems.add(new ImportProblem(row.excelRow(), NUMBER.header,
                                "Trùng số thứ tự: nhiệm vụ '" + code + "' đã có ở dòng " + earlier));
                    }
                    readTask(row, code, group).ifPresent(tasks::add);
                }
                case INVALID ->
                    problems.add(new ImportProblem(row.excelRow(), NUMBER.header, invalidNumber(row.number())));
            }
        }
        return tasks;
    }

    private static String invalidNumber(String number) {
        String rule = "dòng nhóm nhiệm vụ ghi số La Mã (I, II, III…), dòng nhiệm vụ ghi số (1, 2, 1.1…)";
        return number.isEmpty() ? "Chưa ghi STT: " + rule : "STT '" + number + "' không hợp lệ: " + rule;
    }

    /**
     * A group row: its title, which becomes the group of the tasks below it. Other cells
     * must be empty.
     */
    private String readGroup(ContentRow row) {
        String title = row.text(TITLE);
        if (title.isEmpty()) {
            problems.add(new ImportProblem(row.excelRow(), TITLE.header, "Chưa ghi tên nhóm nhiệm vụ " + row.number()));
        }
        checkLength(row, TITLE, title, "Tên nhóm nhiệm vụ");
        // A value on a group row would silently be lost: the user probably meant a task
        // row.
        for (AppendixColumn column : List.of(LEAD_AGENCIES, COORDINATING_AGENCIES, DEADLINE, OUTPUT)) {
            if (!row.text(column).isEmpty()) {
                problems.add(new ImportProblem(row.excelRow(), column.header, "Dòng nhóm nhiệm vụ (STT '" + row.number()
                        + "') chỉ ghi tên nhóm; để trống ô này, hoặc ghi STT bằng số nếu đây là nhiệm vụ"));
            }
        }
        return title;
    }

    private Optional<ImportedTask> readTask(ContentRow row, String code, String group) {
        int before = problems.size();
        String title = row.text(TITLE);
        if (title.isEmpty()) {
            problems.add(new ImportProblem(row.excelRow(), TITLE.header, "Chưa ghi tên nhiệm vụ"));
        }
        checkLength(row, TITLE, title, "Tên nhiệm vụ");
        int beforeLeads = problems.size();
        CellAgencies leads = agencies(row, LEAD_AGENCIES);
        // No lead found and none reported unknown: the cell is empty or holds only
        // separators.
        if (leads.codes().isEmpty() && problems.size() == beforeLeads) {
            problems.add(new ImportProblem(row.excelRow(), LEAD_AGENCIES.header, "Chưa ghi cơ quan chủ trì"));
        }
        CellAgencies coordinating = agencies(row, COORDINATING_AGENCIES);
        for (Map.Entry<String, String> agency : coordinating.named().entrySet()) {
            if (leads.codes().contains(agency.getKey())) {
                problems.add(new ImportProblem(row.excelRow(), COORDINATING_AGENCIES.header, "Cơ quan '"
                        + agency.getValue() + "' vừa là cơ quan chủ trì vừa là cơ quan phối hợp của nhiệm vụ này"));
            }
        }
        // A phrase ("các sở, ngành liên quan") among the coordinators takes in every
        // agency of its kind, the
        // lead too: the lead is not its own coordinator.
        List<String> coordinatingCodes = coordinating.codes().stream().filter(c -> !leads.codes().contains(c)).toList();
        Optional<Deadline> deadline = deadline(row);
        String output = row.text(OUTPUT);
        checkLength(row, OUTPUT, output, "Sản phẩm");
        if (problems.size() > before || deadline.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ImportedTask(row.excelRow(), code, title, group, leads.codes(), coordinatingCodes,
                deadline.get().dueDate(), deadline.get().recurrence(), output, coordinating.outside()));
    }

    private void checkLength(ContentRow row, AppendixColumn column, String text, String what) {
        if (text.length() > MAX_TEXT_LENGTH) {
            problems.add(new ImportProblem(row.excelRow(), column.header, what + " dài " + thousands(text.length())
                    + " ký tự, quá giới hạn " + thousands(MAX_TEXT_LENGTH) + " ký tự"));
        }
    }

    // ---- agencies
    // ----------------------------------------------------------------------------------

    /**
     * The agencies of a cell.
     *
     * @param codes every agency, named or taken in by a phrase, in the order written,
     * without duplicates
     * @param named the agencies named one by one: code → the text the user wrote for it
     * @param outside coordinating bodies kept as written: outside the directory, or a
     * vague phrase
     */
    private record CellAgencies(List<String> codes, Map<String, String> named, List<String> outside) {
    }

    /**
     * Reads an agency cell. Collective phrases and names with commas are recognised
     * before the cell is split at its commas. In the lead column an unknown name or a
     * phrase that names no agency is a problem; in the coordinating column an unknown
     * name is kept as an outside body with a warning, a vague phrase as text.
     */
    private CellAgencies agencies(ContentRow row, AppendixColumn column) {
        boolean lead = column == LEAD_AGENCIES;
        Set<String> codes = new LinkedHashSet<>();
        Map<String, String> named = new LinkedHashMap<>();
        Set<String> outside = new LinkedHashSet<>();
        Set<String> reported = new HashSet<>();
        String cell = COMMA_AT_LINE_END.matcher(row.raw().getOrDefault(column, "")).replaceAll(", ");
        for (String line : AGENCY_LINES.split(cell)) {
            List<String> parts = commaParts(line);
            int next = 0;
            while (next < parts.size()) {
                Found found = resolveAt(parts, next);
                if (found == null) {
                    String unknown = parts.get(next);
                    if (reported.add(CellTexts.fold(unknown))) {
                        unknown(row, column, unknown, outside);
                    }
                    next++;
                    continue;
                }
                next += found.parts();
                if (found.resolution() instanceof Resolution.Agency agency) {
                    codes.add(agency.code());
                    named.putIfAbsent(agency.code(), found.written());
                }
                else if (found.resolution() instanceof Resolution.Phrase phrase) {
                    if (!phrase.vague() && !phrase.codes().isEmpty()) {
                        codes.addAll(phrase.codes());
                    }
                    else if (!lead) {
                        outside.add(found.written());
                    }
                    else {
                        problems.add(new ImportProblem(row.excelRow(), column.header, phrase.vague()
                                ? "'" + found.written()
                                        + "' không chỉ rõ cơ quan nào; cơ quan chủ trì phải ghi tên cụ thể"
                                : "Cụm từ '" + found.written() + "' không chỉ cơ quan nào có trong danh bạ vào ngày"
                                        + " ban hành kế hoạch"));
                    }
                }
            }
        }
        return new CellAgencies(List.copyOf(codes), named, List.copyOf(outside));
    }

    /**
     * A name no agency nor phrase has: a problem in the lead column, an outside body in
     * the coordinating one.
     */
    private void unknown(ContentRow row, AppendixColumn column, String name, Set<String> outside) {
        List<AgencyResolver.Suggestion> suggestions = agencies.resolve(name) instanceof Resolution.Unknown unknown
                ? unknown.suggestions() : List.of();
        String closest = suggestions.isEmpty() ? "" : "; gần giống: "
                + String.join(", ", suggestions.stream().map(s -> s.name() + " (" + s.code() + ")").toList());
        if (column == LEAD_AGENCIES) {
            problems.add(new ImportProblem(row.excelRow(), column.header,
                    "Không tìm thấy cơ quan '" + name + "'" + closest));
        }
        else {
            outside.add(name);
            warnings
                .add(new ImportProblem(row.excelRow(), column.header, "'" + name + "' không có trong danh bạ: được ghi"
                        + " là cơ quan phối hợp ngoài danh bạ, không được giao việc" + closest));
        }
        UnknownName seen = unknownNames.get(column.header + "|" + CellTexts.fold(name));
        List<Integer> rows = new ArrayList<>(seen == null ? List.of() : seen.rows());
        rows.add(row.excelRow());
        unknownNames.put(column.header + "|" + CellTexts.fold(name),
                new UnknownName(name, column.header, rows, suggestions));
    }

    private static List<String> commaParts(String line) {
        List<String> parts = new ArrayList<>();
        for (String part : line.split(",")) {
            String cleaned = BULLET.matcher(CellTexts.clean(part)).replaceFirst("");
            if (!cleaned.isEmpty()) {
                parts.add(cleaned);
            }
        }
        return parts;
    }

    /**
     * A run of comma-separated parts that names an agency or a phrase, and how many parts
     * it took.
     */
    private record Found(String written, int parts, Resolution resolution) {
    }

    /**
     * Resolves the longest run of comma-separated parts starting at {@code start} that
     * names an agency or a phrase, so that "UBND các huyện, thành phố" wins over its
     * pieces; null if none does.
     */
    private Found resolveAt(List<String> parts, int start) {
        int longest = Math.min(parts.size() - start, MAX_COMMAS_IN_NAME + 1);
        for (int length = longest; length >= 1; length--) {
            String written = String.join(", ", parts.subList(start, start + length));
            Resolution resolution = agencies.resolve(written);
            if (!(resolution instanceof Resolution.Unknown)) {
                return new Found(written, length, resolution);
            }
        }
        return null;
    }

    // ---- deadline
    // ----------------------------------------------------------------------------------

    private Optional<Deadline> deadline(ContentRow row) {
        Outcome outcome;
        AppendixTable.Cell cell = row.deadlineCell();
        if (cell.date() != null) {
            outcome = deadlines.onDate(cell.date(), !cell.showsDay());
        }
        else if (row.text(DEADLINE).isEmpty()) {
            outcome = new Rejected("Chưa ghi thời gian hoàn thành");
        }
        else {
            outcome = deadlines.parse(row.text(DEADLINE));
        }
        if (outcome instanceof Rejected rejected) {
            problems.add(new ImportProblem(row.excelRow(), DEADLINE.header, rejected.message()));
            return Optional.empty();
        }
        return Optional.of(((Accepted) outcome).deadline());
    }

    // ---- numbers
    // -----------------------------------------------------------------------------------

    private static int groupNumberOf(String number) {
        var matcher = GROUP_NUMBER.matcher(number);
        matcher.matches();
        OptionalInt value = RomanNumerals.parse(matcher.group(1));
        return value.orElseThrow();
    }

    /** "3." → "3", "01.2" → "1.2": the STT as one would write it in a code. */
    private static String taskNumberOf(String number) {
        List<String> parts = new ArrayList<>();
        for (String part : number.split("\\.")) {
            if (!part.isEmpty()) {
                parts.add(Integer.toString(Integer.parseInt(part)));
            }
        }
        return String.join(".", parts);
    }

    /** 2000 → "2.000", as Vietnamese writes thousands. */
    private static String thousands(int number) {
        return String.format(Locale.ROOT, "%,d", number).replace(',', '.');
    }

    // ---- results
    // -----------------------------------------------------------------------------------

    private WorkbookResult result(List<ImportedTask> tasks) {
        return new WorkbookResult(problems.isEmpty() ? tasks : List.of(), problems, warnings,
                List.copyOf(unknownNames.values()));
    }

    static ImportProblem noTask() {
        return new ImportProblem(0, TITLE.header, "Phụ lục không có nhiệm vụ nào: mỗi nhiệm vụ là một dòng có STT "
                + "bằng số (1, 2, 1.1…) dưới dòng tiêu đề");
    }

    static ImportProblem headerNotFound(boolean word) {
        return new ImportProblem(0, HEADER_ROW_COLUMN,
                "Không tìm thấy dòng tiêu đề của bảng trong " + HEADER_SEARCH_ROWS
                        + (word ? " dòng đầu của các bảng trong văn bản" : " dòng đầu của trang tính đầu tiên")
                        + "; dòng tiêu đề cần có các cột: " + AppendixColumn.headerList());
    }

}
