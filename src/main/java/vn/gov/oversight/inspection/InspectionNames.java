package vn.gov.oversight.inspection;

/** A step's name as the kind calls it: a supervision issues recommendations, which the agency answers. */
final class InspectionNames {

    private InspectionNames() {
    }

    static String step(String modelName, Inspection.Kind kind) {
        if (kind != Inspection.Kind.SUPERVISION) {
            return modelName;
        }
        return modelName.replace("thông báo kết luận", "văn bản kiến nghị").replace("dự thảo kết luận",
                "dự thảo kiến nghị").replace("kết quả khắc phục", "trả lời kiến nghị").replace("phát hiện", "kiến nghị");
    }
}
