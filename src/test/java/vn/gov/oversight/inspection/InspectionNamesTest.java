package vn.gov.oversight.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A supervision's steps speak of recommendations; the kind shows in a task's name unless
 * the title says it.
 */
class InspectionNamesTest {

    static Inspection of(Inspection.Kind kind, String title) {
        return new Inspection(1, kind, Inspection.Origin.PLANNED, null, null, null, title, null, 2027, 5, null, null,
                null, Inspection.Status.UNDER_WAY, List.of("ubnd-yen-mo"), List.of(), List.of(), null, null, null, null,
                null, null, "demo", Instant.EPOCH, null);
    }

    @Test
    void aSupervisionsStepsSpeakOfRecommendations() {
        assertThat(InspectionNames.step("Ký thông báo kết luận", Inspection.Kind.SUPERVISION))
            .isEqualTo("Ký văn bản kiến nghị");
        assertThat(InspectionNames.step("Báo cáo kết quả khắc phục", Inspection.Kind.SUPERVISION))
            .isEqualTo("Báo cáo trả lời kiến nghị");
        assertThat(InspectionNames.step("Ghi biên bản và phát hiện", Inspection.Kind.SUPERVISION))
            .isEqualTo("Ghi biên bản và kiến nghị");
        assertThat(InspectionNames.step("Ký thông báo kết luận", Inspection.Kind.INSPECTION))
            .isEqualTo("Ký thông báo kết luận");
    }

    @Test
    void theKindShowsOnceInWhatATaskIsAbout() {
        assertThat(InspectionNames.about(of(Inspection.Kind.SUPERVISION, "Chính sách BHYT")))
            .isEqualTo("Giám sát: Chính sách BHYT");
        assertThat(InspectionNames.about(of(Inspection.Kind.INSPECTION, "Kiểm tra cấp thẻ BHYT")))
            .isEqualTo("Kiểm tra cấp thẻ BHYT");
    }

}
