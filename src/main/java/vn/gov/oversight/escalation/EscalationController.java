package vn.gov.oversight.escalation;

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
 * Escalations: the steering committee, the coordinator and administrators read them all; an agency's
 * members read those about their agency.
 */
@Tag(name = "Việc chuyển Ban Chỉ đạo", description = "Các việc quá hạn đã chuyển Ban Chỉ đạo xem xét và quyết định.")
@RestController
@RequestMapping("/api/escalations")
class EscalationController {

    private final Escalations escalations;

    EscalationController(Escalations escalations) {
        this.escalations = escalations;
    }

    @GetMapping
    List<Escalation> search(@RequestParam(required = false) Escalation.Status status,
            @RequestParam(required = false) String agency, @RequestParam(required = false) String plan,
            Authentication caller) {
        CurrentUser user = CurrentUser.of(caller);
        return escalations.search(status, agency, plan).stream()
                .filter(escalation -> user.overseesAll() || user.belongsTo(escalation.agency())).toList();
    }

    @GetMapping("/{id}")
    Escalation escalation(@PathVariable long id, Authentication caller) {
        CurrentUser user = CurrentUser.of(caller);
        return escalations.find(id).filter(escalation -> user.overseesAll() || user.belongsTo(escalation.agency()))
                .orElseThrow(() -> new NotFoundException("Không có việc chuyển Ban Chỉ đạo số " + id));
    }
}
