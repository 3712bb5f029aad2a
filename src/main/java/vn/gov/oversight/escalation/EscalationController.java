package vn.gov.oversight.escalation;

import java.util.List;

import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.gov.oversight.organization.Directory;
import vn.gov.oversight.system.CurrentUser;
import vn.gov.oversight.system.NotFoundException;
import vn.gov.oversight.system.Workbooks;

/**
 * Escalations: the steering committee, the coordinator and administrators read them all;
 * an agency's members read those about their agency.
 */
@Tag(name = "Việc chuyển Ban Chỉ đạo", description = "Các việc quá hạn đã chuyển Ban Chỉ đạo xem xét và quyết định.")
@RestController
class EscalationController {

    private final Escalations escalations;

    private final Directory directory;

    EscalationController(Escalations escalations, Directory directory) {
        this.escalations = escalations;
        this.directory = directory;
    }

    @GetMapping("/api/escalations")
    List<Escalation> search(@RequestParam(required = false) Escalation.Status status,
            @RequestParam(required = false) String agency, @RequestParam(required = false) String plan,
            Authentication caller) {
        CurrentUser user = CurrentUser.of(caller);
        return escalations.search(status, agency, plan)
            .stream()
            .filter(escalation -> user.overseesAll() || user.belongsTo(escalation.agency()))
            .toList();
    }

    /** The same list, with the same filters, as a workbook. */
    @GetMapping("/api/escalations.xlsx")
    ResponseEntity<byte[]> workbook(@RequestParam(required = false) Escalation.Status status,
            @RequestParam(required = false) String agency, @RequestParam(required = false) String plan,
            Authentication caller) {
        byte[] workbook = EscalationsWorkbook.of(search(status, agency, plan, caller),
                code -> directory.agency(code).map(found -> found.name()).orElse(code));
        return Workbooks.download("viec-chuyen-ban-chi-dao.xlsx", workbook);
    }

    @GetMapping("/api/escalations/{id}")
    Escalation escalation(@PathVariable long id, Authentication caller) {
        CurrentUser user = CurrentUser.of(caller);
        return escalations.find(id)
            .filter(escalation -> user.overseesAll() || user.belongsTo(escalation.agency()))
            .orElseThrow(() -> new NotFoundException("Không có việc chuyển Ban Chỉ đạo số " + id));
    }

}
