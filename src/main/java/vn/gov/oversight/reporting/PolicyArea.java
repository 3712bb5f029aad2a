package vn.gov.oversight.reporting;

/**
 * The support policies of Plan 151/KH-UBND whose reach a locality reports; the target is that every poor and
 * near-poor household eligible for one is reached. The names are the JSON keys of
 * {@link ReportFigures#reached()}, so REST clients rely on them.
 */
public enum PolicyArea {

    EDUCATION("Giáo dục"),
    HEALTH("Y tế"),
    HOUSING("Nhà ở"),
    PREFERENTIAL_CREDIT("Tín dụng ưu đãi"),
    VOCATIONAL_TRAINING("Đào tạo nghề"),
    JOBS("Việc làm"),
    LABOUR_EXPORT("Xuất khẩu lao động"),
    WATER_SANITATION("Nước sạch và vệ sinh"),
    INFORMATION("Tiếp cận thông tin"),
    PRODUCTION_SUPPORT("Hỗ trợ sản xuất"),
    LIVELIHOOD_DIVERSIFICATION("Đa dạng hóa sinh kế");

    private final String label;

    PolicyArea(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
