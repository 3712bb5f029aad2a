package vn.gov.oversight.inspection;

/**
 * A step's name as the kind calls it: a supervision issues recommendations, which the
 * agency answers.
 */
final class InspectionNames {

    private InspectionNames() {
    }

    static String step(String modelName, Inspection.Kind kind) {
        if (kind != Inspection.Kind.SUPERVISION) {
            return modelName;
        }
        return modelName.replace("thông báo kết luận", "văn bản kiến nghị")
            .replace("dự thảo kết luận", "dự thảo kiến nghị")
            .replace("kết quả khắc phục", "trả lời kiến nghị")
            .replace("phát hiện", "kiến nghị");
    }

    /**
     * What a task is about: the inspection's title, with its kind in front unless the
     * title starts with it.
     */
    static String about(Inspection inspection) {
        String kind = inspection.kind().label();
        return inspection.title().toLowerCase().startsWith(kind.toLowerCase()) ? inspection.title()
                : kind + ": " + inspection.title();
    }

}
