package vn.gov.oversight.organization;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.gov.oversight.system.NotFoundException;

/**
 * The directory's API. Reading agencies is open to every logged-in user (they are public
 * bodies); members and roles are read by administrators and the coordinator; every change
 * is for administrators.
 */
@Tag(name = "Danh bạ cơ quan",
        description = "Cơ quan, thành viên, cơ quan thường trực, Ban Chỉ đạo và việc hợp nhất, chia tách cơ quan.")
@RestController
@RequestMapping("/api")
class DirectoryController {

    private static final String ADMIN = "hasRole('ADMIN')";

    private static final String ADMIN_OR_COORDINATOR = "hasAnyRole('ADMIN', 'COORDINATOR')";

    private final Directory directory;

    private final Successions successions;

    private final Memberships memberships;

    private final RoleBindings roles;

    DirectoryController(Directory directory, Successions successions, Memberships memberships, RoleBindings roles) {
        this.memberships = memberships;
        this.roles = roles;
        this.successions = successions;
        this.directory = directory;
    }

    // --- agencies

    @GetMapping("/agencies")
    List<Agency> agencies() {
        return directory.agencies();
    }

    @GetMapping("/agencies/{code}")
    Agency agency(@PathVariable String code) {
        return directory.agency(code).orElseThrow(() -> new NotFoundException("Không có cơ quan mã '" + code + "'"));
    }

    @PostMapping("/agencies")
    @PreAuthorize(ADMIN)
    ResponseEntity<Agency> createAgency(@RequestBody Directory.AgencyDraft draft) {
        Agency agency = directory.createAgency(draft);
        return ResponseEntity.created(URI.create("/api/agencies/" + agency.code())).body(agency);
    }

    @PutMapping("/agencies/{code}")
    @PreAuthorize(ADMIN)
    Agency updateAgency(@PathVariable String code, @RequestBody Directory.AgencyDraft draft) {
        return directory.updateAgency(code, draft);
    }

    // --- members

    @GetMapping("/agencies/{code}/members")
    @PreAuthorize(ADMIN_OR_COORDINATOR)
    List<Member> members(@PathVariable String code) {
        return directory.members(code);
    }

    @PostMapping("/agencies/{code}/members")
    @PreAuthorize(ADMIN)
    ResponseEntity<Member> addMember(@PathVariable String code, @RequestBody Memberships.MemberDraft draft) {
        Member member = memberships.addMember(code, draft);
        return ResponseEntity.created(URI.create("/api/agencies/" + code + "/members/" + member.userId())).body(member);
    }

    @DeleteMapping("/agencies/{code}/members/{userId}")
    @PreAuthorize(ADMIN)
    ResponseEntity<Void> endMembership(@PathVariable String code, @PathVariable String userId) {
        memberships.endMembership(code, userId);
        return ResponseEntity.noContent().build();
    }

    // --- succession

    /**
     * A merger ({@code successorCode} only) or a split: {@code shares} by task, task
     * group, policy area or territory, the rest to {@code successorCode}, to every
     * territorial successor (FAN_OUT) or back to the coordinator (RETURN).
     */
    record SuccessionRequest(String successorCode, LocalDate effectiveOn, Succession.Remainder remainder,
            String decision, List<SuccessionShare> shares) {

        Successions.Request toRequest() {
            return new Successions.Request(successorCode, effectiveOn, remainder, decision, shares);
        }
    }

    @PostMapping("/agencies/{code}/successor")
    @PreAuthorize(ADMIN)
    ResponseEntity<Succession> recordSuccession(@PathVariable String code, @RequestBody SuccessionRequest request) {
        Succession succession = successions.record(code, request.toRequest());
        return ResponseEntity.created(URI.create("/api/agencies/" + code)).body(succession);
    }

    /** What the succession would move if confirmed now, item by item; changes nothing. */
    @PostMapping("/agencies/{code}/successor/preview")
    @PreAuthorize(ADMIN_OR_COORDINATOR)
    Successions.Preview previewSuccession(@PathVariable String code, @RequestBody SuccessionRequest request) {
        return successions.preview(code, request.toRequest());
    }

    @GetMapping("/successions")
    @PreAuthorize(ADMIN_OR_COORDINATOR)
    List<Succession> successions() {
        return directory.successions();
    }

    /** What a succession moved, item by item. */
    @GetMapping("/successions/{id}/moves")
    @PreAuthorize(ADMIN_OR_COORDINATOR)
    List<Successions.Move> moves(@PathVariable long id) {
        return successions.moves(id);
    }

    // --- roles

    record CoordinatorRequest(String agencyCode, LocalDate validFrom, LocalDate validTo) {
    }

    @PutMapping("/roles/coordinator")
    @PreAuthorize(ADMIN)
    RoleBinding bindCoordinator(@RequestBody CoordinatorRequest request) {
        return roles.bindCoordinator(request.agencyCode(), request.validFrom(), request.validTo());
    }

    @GetMapping("/roles/coordinator")
    List<RoleBinding> coordinatorBindings() {
        return directory.coordinatorBindings();
    }

    record SeatRequest(String userId, LocalDate validFrom, LocalDate validTo) {
    }

    @PostMapping("/roles/steering-committee/members")
    @PreAuthorize(ADMIN)
    ResponseEntity<RoleBinding> addSteeringCommitteeMember(@RequestBody SeatRequest request) {
        RoleBinding seat = roles.addSteeringCommitteeMember(request.userId(), request.validFrom(), request.validTo());
        return ResponseEntity.created(URI.create("/api/roles/steering-committee/members/" + seat.userId())).body(seat);
    }

    @GetMapping("/roles/steering-committee/members")
    @PreAuthorize(ADMIN_OR_COORDINATOR)
    List<RoleBinding> steeringCommittee() {
        return directory.steeringCommitteeBindings();
    }

    @DeleteMapping("/roles/steering-committee/members/{userId}")
    @PreAuthorize(ADMIN)
    ResponseEntity<Void> endSteeringCommitteeMembership(@PathVariable String userId) {
        roles.endSteeringCommitteeMembership(userId);
        return ResponseEntity.noContent().build();
    }

}
