package vn.gov.oversight.organization;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Other names of agencies and collective phrases: read by every logged-in user, changed
 * by the coordinator (who meets them when importing appendices) and administrators.
 */
@Tag(name = "Tên gọi cơ quan",
        description = "Tên gọi khác, viết tắt của cơ quan và cụm từ chỉ nhiều cơ quan (UBND các huyện, thành phố) dùng khi nhập phụ lục.")
@RestController
@RequestMapping("/api")
class AgencyNamesController {

    private static final String ADMIN_OR_COORDINATOR = "hasAnyRole('ADMIN', 'COORDINATOR')";

    private final AgencyNames names;

    private final Directory directory;

    AgencyNamesController(AgencyNames names, Directory directory) {
        this.names = names;
        this.directory = directory;
    }

    record AliasDraft(String agencyCode, String alias) {
    }

    @GetMapping("/agency-aliases")
    List<AgencyAlias> aliases() {
        return names.aliases();
    }

    @PostMapping("/agency-aliases")
    @PreAuthorize(ADMIN_OR_COORDINATOR)
    ResponseEntity<AgencyAlias> addAlias(@RequestBody AliasDraft draft, Authentication caller) {
        AgencyAlias alias = names.addAlias(draft.agencyCode(), draft.alias(), caller.getName());
        return ResponseEntity.created(URI.create("/api/agency-aliases/" + alias.id())).body(alias);
    }

    @DeleteMapping("/agency-aliases/{id}")
    @PreAuthorize(ADMIN_OR_COORDINATOR)
    ResponseEntity<Void> deleteAlias(@PathVariable long id) {
        names.deleteAlias(id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/collective-phrases")
    List<CollectivePhrase> phrases() {
        return names.phrases();
    }

    /** The agencies a phrase stands for on a day (today by default). */
    @GetMapping("/collective-phrases/{id}/agencies")
    List<String> phraseAgencies(@PathVariable long id, @RequestParam(required = false) LocalDate on) {
        return names.agenciesOf(id, on != null ? on : directory.today());
    }

    @PostMapping("/collective-phrases")
    @PreAuthorize(ADMIN_OR_COORDINATOR)
    ResponseEntity<CollectivePhrase> addPhrase(@RequestBody CollectivePhrase draft, Authentication caller) {
        CollectivePhrase phrase = names.addPhrase(draft, caller.getName());
        return ResponseEntity.created(URI.create("/api/collective-phrases/" + phrase.id())).body(phrase);
    }

    @DeleteMapping("/collective-phrases/{id}")
    @PreAuthorize(ADMIN_OR_COORDINATOR)
    ResponseEntity<Void> deletePhrase(@PathVariable long id) {
        names.deletePhrase(id);
        return ResponseEntity.noContent().build();
    }

}
