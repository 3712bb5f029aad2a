package vn.gov.oversight.assignment;

import java.util.List;

import org.springframework.security.core.Authentication;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.gov.oversight.system.CurrentUser;
import vn.gov.oversight.system.NotFoundException;

/**
 * Reading assignments: the coordinator, the steering committee and administrators see all; an agency's
 * members see their agency's.
 */
@Tag(name = "Nhiệm vụ được giao", description = "Các nhiệm vụ của kế hoạch đã giao cho từng cơ quan chủ trì, tiến độ và lịch sử; mỗi cơ quan chỉ thấy nhiệm vụ của mình.")
@RestController
@RequestMapping("/api/assignments")
class AssignmentController {

    private final Assignments assignments;

    AssignmentController(Assignments assignments) {
        this.assignments = assignments;
    }

    @GetMapping
    List<Assignment> search(@RequestParam(required = false) String plan, @RequestParam(required = false) String agency,
            @RequestParam(required = false) AssignmentStage stage, Authentication caller) {
        CurrentUser user = CurrentUser.of(caller);
        return assignments.search(plan, agency, stage).stream()
                .filter(assignment -> user.overseesAll() || user.belongsTo(assignment.agencyCode()))
                .toList();
    }

    @GetMapping("/{id}")
    Assignment.Details details(@PathVariable long id, Authentication caller) {
        CurrentUser user = CurrentUser.of(caller);
        return assignments.details(id)
                .filter(details -> user.overseesAll() || user.belongsTo(details.assignment().agencyCode()))
                .orElseThrow(() -> new NotFoundException("Không có nhiệm vụ được giao số " + id));
    }
}
