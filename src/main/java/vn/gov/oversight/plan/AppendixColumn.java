package vn.gov.oversight.plan;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The columns of a plan's appendix. A header cell names a column when its text, folded
 * (no case, no diacritics, single spaces), equals one of the column's accepted headers.
 */
enum AppendixColumn {

    NUMBER("STT", true, "TT", "Số TT", "Số thứ tự"), TITLE("Nhiệm vụ", true, "Tên nhiệm vụ", "Nội dung nhiệm vụ"),
    LEAD_AGENCIES("Cơ quan chủ trì", true, "Đơn vị chủ trì"),
    COORDINATING_AGENCIES("Cơ quan phối hợp", false, "Đơn vị phối hợp"),
    DEADLINE("Thời gian hoàn thành", true, "Thời gian", "Thời hạn", "Thời hạn hoàn thành"),
    OUTPUT("Sản phẩm", false, "Sản phẩm đầu ra");

    /** The header as the template writes it and as problems name the column. */
    final String header;

    final boolean required;

    private final List<String> foldedHeaders;

    AppendixColumn(String header, boolean required, String... otherHeaders) {
        this.header = header;
        this.required = required;
        this.foldedHeaders = Stream.concat(Stream.of(header), Arrays.stream(otherHeaders))
            .map(CellTexts::fold)
            .toList();
    }

    static Optional<AppendixColumn> named(String headerText) {
        String folded = CellTexts.fold(headerText);
        return Arrays.stream(values()).filter(column -> column.foldedHeaders.contains(folded)).findFirst();
    }

    static String headerList() {
        return String.join(", ", Arrays.stream(values()).map(column -> column.header).toList());
    }

}
