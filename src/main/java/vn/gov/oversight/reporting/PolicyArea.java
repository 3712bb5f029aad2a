package vn.gov.oversight.reporting;

/**
 * The support policies of Plan 151/KH-UBND whose reach the departments and organisations
 * that run them report, each in its own unit (pupils, persons insured, houses, loans)
 * against its own denominator (those eligible); the target is that every poor and
 * near-poor beneficiary eligible for one is reached. The names make the variables of the
 * policy report's form, so REST clients rely on them.
 */
enum PolicyArea {

    EDUCATION("Giáo dục", "học sinh"), HEALTH("Y tế", "người"), HOUSING("Nhà ở", "căn nhà"),
    PREFERENTIAL_CREDIT("Tín dụng ưu đãi", "lượt hộ vay"), VOCATIONAL_TRAINING("Đào tạo nghề", "người"),
    JOBS("Việc làm", "người"), LABOUR_EXPORT("Xuất khẩu lao động", "người"),
    WATER_SANITATION("Nước sạch và vệ sinh", "hộ"), INFORMATION("Tiếp cận thông tin", "hộ"),
    PRODUCTION_SUPPORT("Hỗ trợ sản xuất", "hộ"), LIVELIHOOD_DIVERSIFICATION("Đa dạng hóa sinh kế", "hộ");

    private final String label;

    private final String unit;

    PolicyArea(String label, String unit) {
        this.label = label;
        this.unit = unit;
    }

    /** What the policy's reach is counted in. */
    public String unit() {
        return unit;
    }

    public String label() {
        return label;
    }

}
