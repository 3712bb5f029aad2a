package vn.gov.oversight.assignment;

import java.util.List;

import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.gov.oversight.organization.Directory;
import vn.gov.oversight.system.CurrentUser;
import vn.gov.oversight.system.NotFoundException;
import vn.gov.oversight.system.Workbooks;

/**
 * Reading assignments: the coordinator, the steering committee and administrators see
 * all; an agency's members see their agency's.
 */
@Tag(name = "Nhiệm vụ được giao",
        description = "Các nhiệm vụ của kế hoạch đã giao cho từng cơ quan chủ trì, tiến độ và lịch sử; mỗi cơ quan chỉ thấy nhiệm vụ của mình.")
@RestController
class AssignmentController {

    private final Assignments assignments;

    private final Directory directory;

    AssignmentController(Assignments assignments, Directory directory) {
        this.assignments = assignments;
        this.directory = directory;
    }

    @GetMapping("/api/assignments")
    List<Assignment> search(@RequestParam(required = false) String plan, @RequestParam(required = false) String agency,
            @RequestParam(required = false) AssignmentStage stage, Authentication caller) {
        CurrentUser user = CurrentUser.of(caller);
        return assignments.search(plan, agency, stage)
            .stream()
            .filter(assignment -> user.overseesAll() || user.belongsTo(assignment.agencyCode()))
            .toList();
    }

    /** The same list, with the same filters, as a workbook. */
    @GetMapping("/api/assignments.xlsx")
    ResponseEntity<byte[]> workbook(@RequestParam(required = false) String plan,
            @RequestParam(required = false) String agency, @RequestParam(required = false) AssignmentStage stage,
            Authentication caller) {
        byte[] workbook = AssignmentsWorkbook.of(search(plan, agency, stage, caller),
                code -> directory.agency(code).map(found -> found.name()).orElse(code));
        return Workbooks.download("nhiem-vu-duoc-giao.xlsx", workbook);
    }

    /** Agencies that take an assignment on: one, or several sharing it out; and why. */
    record ReassignRequest(List<String> agencyCodes, String reason) {
    }

    /**
     * The coordinator gives an assignment to another agency (one a succession handed
     * back, or one whose lead changes), or shares it out among several.
     */
    @PostMapping("/api/assignments/{id}/reassign")
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    Assignment reassign(@PathVariable long id, @RequestBody ReassignRequest request, Authentication caller) {
        return assignments.reassign(id, request.agencyCodes(), request.reason(), caller.getName());
    }

    @GetMapping("/api/assignments/{id}")
    Assignment.Details details(@PathVariable long id, Authentication caller) {
        CurrentUser user = CurrentUser.of(caller);
        return assignments.details(id)
            .filter(details -> user.overseesAll() || user.belongsTo(details.assignment().agencyCode()))
            .orElseThrow(() -> new NotFoundException("Không có nhiệm vụ được giao số " + id));
    }

}
