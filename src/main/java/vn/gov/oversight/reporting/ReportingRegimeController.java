package vn.gov.oversight.reporting;

import java.util.List;

import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The reporting regimes: everyone reads them, the coordinator and administrators change
 * them.
 */
@Tag(name = "Chế độ báo cáo", description = "Cơ quan báo cáo, hạn các cơ quan gửi và hạn tỉnh gửi báo cáo (ngày trong "
        + "tháng cuối kỳ), kỳ nào tự mở, Ban Chỉ đạo có nhận báo cáo tổng hợp không. Thay đổi áp dụng cho các kỳ mở sau đó.")
@RestController
@RequestMapping("/api/reporting-regimes")
class ReportingRegimeController {

    private final ReportingRegimes regimes;

    ReportingRegimeController(ReportingRegimes regimes) {
        this.regimes = regimes;
    }

    @GetMapping
    List<ReportingRegime> list() {
        return regimes.all();
    }

    @PutMapping("/{kind}")
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    ReportingRegime save(@PathVariable RegimeKind kind, @RequestBody ReportingRegimes.RegimeRequest request,
            Authentication caller) {
        return regimes.save(kind, request, caller.getName());
    }

}
