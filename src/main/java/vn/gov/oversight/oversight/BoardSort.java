package vn.gov.oversight.oversight;

import java.util.Comparator;

/** The columns the board sorts by. */
enum BoardSort {

    NAME("name", "Cơ quan", Comparator.comparing(Board.Row::name)),
    OPEN("open", "Chưa hoàn thành", Comparator.comparingLong(Board.Row::open)),
    DUE_SOON("dueSoon", "Sắp đến hạn", Comparator.comparingLong(Board.Row::dueSoon)),
    OVERDUE("overdue", "Quá hạn", Comparator.comparingLong(Board.Row::overdue)),
    DONE_ON_TIME("doneOnTime", "Hoàn thành đúng hạn", Comparator.comparingLong(Board.Row::doneOnTime)),
    DONE_LATE("doneLate", "Hoàn thành quá hạn", Comparator.comparingLong(Board.Row::doneLate)),
    ESCALATED("escalated", "Đang chuyển Ban Chỉ đạo", Comparator.comparingLong(Board.Row::escalated)),
    OVERDUE_REMEDIATIONS("overdueRemediations", "Khắc phục quá hạn",
            Comparator.comparingLong(Board.Row::overdueRemediations));

    private final String key;

    private final String label;

    private final Comparator<Board.Row> comparator;

    BoardSort(String key, String label, Comparator<Board.Row> comparator) {
        this.key = key;
        this.label = label;
        this.comparator = comparator;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    Comparator<Board.Row> comparator() {
        return comparator;
    }

    /**
     * The column named {@code key}; an unknown name sorts by overdue, the board's
     * default.
     */
    static BoardSort of(String key) {
        for (BoardSort sort : values()) {
            if (sort.key.equals(key)) {
                return sort;
            }
        }
        return OVERDUE;
    }

}
