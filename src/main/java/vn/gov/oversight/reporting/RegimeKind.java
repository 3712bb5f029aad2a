package vn.gov.oversight.reporting;

/**
 * The kinds of report a regime asks for. The first three are regular: their periods and
 * dates follow from Decree 09/2019/NĐ-CP; the others are called for when needed and carry
 * the dates their request sets.
 */
enum RegimeKind {

    QUARTERLY("Báo cáo quý"), SEMI_ANNUAL("Báo cáo 6 tháng"), ANNUAL("Báo cáo năm"), AD_HOC("Báo cáo đột xuất"),
    PRELIMINARY_REVIEW("Báo cáo sơ kết"), FINAL_REVIEW("Báo cáo tổng kết");

    private final String label;

    RegimeKind(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }

    /**
     * Whether the decree fixes this kind's periods and dates, so that a scheduler can
     * open them.
     */
    boolean isRegular() {
        return this == QUARTERLY || this == SEMI_ANNUAL || this == ANNUAL;
    }

}
