package vn.gov.oversight.plan;

import java.net.URI;

import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Amendments of a plan: the coordinator (or an administrator) records one; everyone
 * logged in reads a plan's versions, as they read the plan.
 */
@Tag(name = "Điều chỉnh kế hoạch",
        description = "Văn bản điều chỉnh, bổ sung kế hoạch: bổ sung, hủy nhiệm vụ, "
                + "điều chỉnh thời hạn, đổi cơ quan chủ trì; các phiên bản của kế hoạch.")
@RestController
@RequestMapping("/api/plans/{id}")
class AmendmentController {

    private final PlanAmendments amendments;

    AmendmentController(PlanAmendments amendments) {
        this.amendments = amendments;
    }

    @PostMapping(path = "/amendments", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    ResponseEntity<PlanVersions> amend(@PathVariable long id, @RequestBody AmendmentDraft amendment,
            Authentication caller) {
        PlanVersions versions = amendments.amend(id, amendment, caller.getName());
        return ResponseEntity.created(URI.create("/api/plans/" + id + "/versions")).body(versions);
    }

    @GetMapping("/versions")
    PlanVersions versions(@PathVariable long id) {
        return amendments.versions(id);
    }

}
