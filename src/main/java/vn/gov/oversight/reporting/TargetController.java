package vn.gov.oversight.reporting;

import java.util.List;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The plans' targets: everyone reads them, the coordinator and administrators enter them.
 */
@Tag(name = "Chỉ tiêu của kế hoạch",
        description = "Năm gốc và chỉ tiêu (giá trị hoặc tỷ lệ so với năm gốc) theo từng chỉ "
                + "tiêu và năm; tiến độ, bảng tổng hợp và biểu đồ tính theo các chỉ tiêu này.")
@RestController
@RequestMapping("/api/targets")
class TargetController {

    private final Targets targets;

    TargetController(Targets targets) {
        this.targets = targets;
    }

    @GetMapping
    List<Target> list(@Parameter(description = "Số hiệu kế hoạch, ví dụ 151/KH-UBND") @RequestParam(
            required = false) String plan) {
        return targets.of(plan);
    }

    /** Enters (or replaces) the plan's target for an indicator and a year. */
    @PutMapping
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    Target save(@RequestBody Targets.TargetRequest request, Authentication caller) {
        return targets.save(request, caller.getName());
    }

}
