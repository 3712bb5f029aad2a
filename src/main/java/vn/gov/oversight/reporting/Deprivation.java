package vn.gov.oversight.reporting;

/**
 * The 12 indicators of the 6 basic social services by which Decree 07/2021/NĐ-CP measures
 * a household's deprivation; a locality reports, per indicator, how many of its poor and
 * near-poor households lack it. The names make the variables of the locality's form
 * ({@code deficitJobs}…), so REST clients rely on them.
 */
enum Deprivation {

    JOBS("Việc làm", "Việc làm"), DEPENDENTS("Việc làm", "Người phụ thuộc trong hộ gia đình"),
    NUTRITION("Y tế", "Dinh dưỡng"), HEALTH_INSURANCE("Y tế", "Bảo hiểm y tế"),
    ADULT_EDUCATION("Giáo dục", "Trình độ giáo dục của người lớn"),
    CHILD_SCHOOLING("Giáo dục", "Tình trạng đi học của trẻ em"), HOUSING_QUALITY("Nhà ở", "Chất lượng nhà ở"),
    HOUSING_AREA("Nhà ở", "Diện tích nhà ở bình quân đầu người"),
    DRINKING_WATER("Nước sinh hoạt và vệ sinh", "Nguồn nước sinh hoạt"),
    SANITATION("Nước sinh hoạt và vệ sinh", "Nhà tiêu hợp vệ sinh"),
    TELECOMMUNICATION("Thông tin", "Sử dụng dịch vụ viễn thông"),
    INFORMATION_ACCESS("Thông tin", "Phương tiện phục vụ tiếp cận thông tin");

    private final String dimension;

    private final String label;

    Deprivation(String dimension, String label) {
        this.dimension = dimension;
        this.label = label;
    }

    /** The service (dimension) the indicator belongs to. */
    public String dimension() {
        return dimension;
    }

    public String label() {
        return label;
    }

}
