package vn.gov.oversight.organization;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.oversight.system.ConflictException;
import vn.gov.oversight.system.InvalidInputException.FieldProblem;
import vn.gov.oversight.system.NotFoundException;
import vn.gov.oversight.system.Roles;
import vn.gov.oversight.system.Texts;
import vn.gov.oversight.system.InvalidInputException;

/**
 * The organisation directory: the agencies, and what the other modules ask of it (who
 * belongs where, who coordinates, who carries an agency's work today), and the
 * reconciliation that keeps Camunda's groups and the successions in line with the dates.
 * Its changes live beside it: {@link Memberships} (people in agencies),
 * {@link RoleBindings} (the coordinator, the steering committee), {@link Successions}
 * (mergers and splits), {@link CamundaDirectoryMirror} (Camunda's users, groups, grants).
 * Every change is validated in full (all problems reported at once, nothing written on
 * any) and mirrored into Camunda in the same transaction.
 */
@Service
@Transactional
public class Directory {

    /** The process variable naming the agency a process instance works for. */
    public static final String AGENCY_VARIABLE = "agencyCode";

    private static final Logger log = LoggerFactory.getLogger(Directory.class);

    static final Pattern AGENCY_CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    static final Set<String> RESERVED_CODES = Set.of(Roles.ADMIN_GROUP, Roles.COORDINATOR_GROUP,
            Roles.STEERING_COMMITTEE_GROUP);

    private final DirectoryStore store;

    private final CamundaDirectoryMirror mirror;

    private final Clock clock;

    private final Successions successions;

    Directory(DirectoryStore store, CamundaDirectoryMirror mirror, Clock clock, Successions successions) {
        this.store = store;
        this.mirror = mirror;
        this.clock = clock;
        this.successions = successions;
    }

    // ------------------------------------------------------------------ queries

    @Transactional(readOnly = true)
    public List<Agency> agencies() {
        return store.agencies();
    }

    /** The agencies in office on {@code day}, by name: what a person picks from. */
    @Transactional(readOnly = true)
    public List<Agency> agenciesOn(LocalDate day) {
        return store.agencies()
            .stream()
            .filter(agency -> agency.isValidOn(day))
            .sorted(Comparator.comparing(Agency::name))
            .toList();
    }

    @Transactional(readOnly = true)
    public Optional<Agency> agency(String code) {
        return store.agency(code);
    }

    @Transactional(readOnly = true)
    public List<Member> members(String agencyCode) {
        requireAgency(agencyCode);
        return store.members(agencyCode);
    }

    /** Whether {@code userId} is a member of {@code agencyCode} today. */
    @Transactional(readOnly = true)
    public boolean isCurrentMember(String agencyCode, String userId) {
        LocalDate today = today();
        return store.membershipsOf(userId)
            .stream()
            .anyMatch(member -> member.agencyCode().equals(agencyCode) && member.isValidOn(today));
    }

    /** The agency that is the coordinator on {@code day}, if one is bound. */
    @Transactional(readOnly = true)
    public Optional<String> coordinatorOn(LocalDate day) {
        return store.bindings(RoleBinding.Role.COORDINATOR)
            .stream()
            .filter(binding -> binding.isValidOn(day))
            .map(RoleBinding::agencyCode)
            .findFirst();
    }

    /** A person's e-mail address, as the directory knows it. */
    @Transactional(readOnly = true)
    public Optional<String> emailOf(String userId) {
        return store.emailOf(userId);
    }

    @Transactional(readOnly = true)
    public List<RoleBinding> coordinatorBindings() {
        return store.bindings(RoleBinding.Role.COORDINATOR);
    }

    @Transactional(readOnly = true)
    public List<RoleBinding> steeringCommitteeBindings() {
        return store.bindings(RoleBinding.Role.STEERING_COMMITTEE_MEMBER);
    }

    @Transactional(readOnly = true)
    public List<Succession> successions() {
        return store.successions();
    }

    /**
     * The agency that carries the work of {@code code} today: itself, or the end of its
     * chain of successions that have taken effect.
     */
    @Transactional(readOnly = true)
    public String currentAgencyFor(String code) {
        Map<String, String> applied = new HashMap<>();
        for (Succession succession : store.successions()) {
            // a split without a default successor has no single heir: its items were
            // moved one by one
            if (succession.appliedAt() != null && succession.successorCode() != null) {
                applied.put(succession.predecessorCode(), succession.successorCode());
            }
        }
        String current = code;
        Set<String> seen = new HashSet<>();
        while (applied.containsKey(current) && seen.add(current)) {
            current = applied.get(current);
        }
        return current;
    }

    // ------------------------------------------------------------------ agencies

    /**
     * @param formerProvince the province the agency belonged to before the 2025 merger of
     * provinces, if any
     */
    public record AgencyDraft(String code, String name, AgencyKind kind, String parentCode, LocalDate validFrom,
            LocalDate validTo, String formerProvince) {

        public AgencyDraft(String code, String name, AgencyKind kind, String parentCode, LocalDate validFrom,
                LocalDate validTo) {
            this(code, name, kind, parentCode, validFrom, validTo, null);
        }
    }

    public Agency createAgency(AgencyDraft draft) {
        List<FieldProblem> errors = new ArrayList<>();
        String code = Texts.trimToNull(draft.code());
        if (code == null) {
            errors.add(new FieldProblem("code", "Mã cơ quan là bắt buộc"));
        }
        else if (code.length() > 64 || !AGENCY_CODE.matcher(code).matches()) {
            errors.add(new FieldProblem("code", "Mã cơ quan '" + code + "' không hợp lệ: chỉ gồm chữ thường không dấu, "
                    + "chữ số và dấu gạch ngang, tối đa 64 ký tự (ví dụ so-yte, ubnd-yen-mo)"));
        }
        else if (RESERVED_CODES.contains(code)) {
            errors.add(new FieldProblem("code", "Mã cơ quan '" + code + "' là tên dành riêng của hệ thống"));
        }
        LocalDate validFrom = draft.validFrom() != null ? draft.validFrom() : today();
        validateAgencyFields(draft.name(), draft.kind(), draft.parentCode(), validFrom, draft.validTo(), code, errors);
        checkFormerProvince(draft.formerProvince(), errors);
        InvalidInputException.throwIfAny(errors);
        if (store.agency(code).isPresent() || mirror.groupExists(code)) {
            throw new ConflictException("code", "Mã cơ quan '" + code + "' đã tồn tại");
        }
        Agency agency = new Agency(code, draft.name().trim(), draft.kind(), Texts.trimToNull(draft.parentCode()),
                validFrom, draft.validTo(), null, null, Texts.trimToNull(draft.formerProvince()));
        store.insertAgency(agency);
        mirror.ensureAgencyGroup(agency);
        log.info("Agency {} created", code);
        return store.agency(code).orElseThrow();
    }

    /**
     * Changes an agency's name, kind, parent or end date; its code and start never
     * change.
     */
    public Agency updateAgency(String code, AgencyDraft draft) {
        Agency existing = requireAgency(code);
        List<FieldProblem> errors = new ArrayList<>();
        if (draft.code() != null && !draft.code().trim().equals(code)) {
            errors.add(new FieldProblem("code", "Không được đổi mã cơ quan"));
        }
        validateAgencyFields(draft.name(), draft.kind(), draft.parentCode(), existing.validFrom(), draft.validTo(),
                code, errors);
        checkFormerProvince(draft.formerProvince(), errors);
        InvalidInputException.throwIfAny(errors);
        Agency agency = new Agency(code, draft.name().trim(), draft.kind(), Texts.trimToNull(draft.parentCode()),
                existing.validFrom(), draft.validTo(), existing.successorCode(), existing.successionEffectiveOn(),
                draft.formerProvince() == null ? existing.formerProvince() : Texts.trimToNull(draft.formerProvince()));
        store.updateAgency(agency);
        mirror.ensureAgencyGroup(agency);
        reconcileMemberships();
        return store.agency(code).orElseThrow();
    }

    private static void checkFormerProvince(String formerProvince, List<FieldProblem> errors) {
        String value = Texts.trimToNull(formerProvince);
        if (value != null && (value.length() > 64 || !AGENCY_CODE.matcher(value).matches())) {
            errors.add(new FieldProblem("formerProvince", "Mã tỉnh cũ '" + value + "' không hợp lệ: chỉ gồm chữ thường "
                    + "không dấu, chữ số và dấu gạch ngang (ví dụ ninh-binh, ha-nam, nam-dinh)"));
        }
    }

    private void validateAgencyFields(String name, AgencyKind kind, String parentCode, LocalDate validFrom,
            LocalDate validTo, String code, List<FieldProblem> errors) {
        if (Texts.trimToNull(name) == null) {
            errors.add(new FieldProblem("name", "Tên cơ quan là bắt buộc"));
        }
        else if (name.trim().length() > 255) {
            errors.add(new FieldProblem("name", "Tên cơ quan dài quá 255 ký tự"));
        }
        if (kind == null) {
            errors.add(new FieldProblem("kind", "Loại cơ quan là bắt buộc (DEPARTMENT, LOCAL_COMMITTEE, "
                    + "MASS_ORGANISATION, OTHER, STEERING_COMMITTEE, PROVINCIAL_COMMITTEE)"));
        }
        String parent = Texts.trimToNull(parentCode);
        if (parent != null) {
            if (parent.equals(code)) {
                errors.add(new FieldProblem("parentCode", "Cơ quan không thể là cấp trên của chính nó"));
            }
            else if (store.agency(parent).isEmpty()) {
                errors.add(new FieldProblem("parentCode", "Cơ quan cấp trên '" + parent + "' không tồn tại"));
            }
        }
        if (validTo != null && validTo.isBefore(validFrom)) {
            errors.add(new FieldProblem("validTo", "Ngày kết thúc hiệu lực phải sau ngày bắt đầu hiệu lực"));
        }
    }

    // ------------------------------------------------------------------ succession

    /**
     * A merger: {@code predecessorCode} is replaced by {@code successorCode} from
     * {@code effectiveOn}.
     */
    public Succession recordSuccession(String predecessorCode, String successorCode, LocalDate effectiveOn) {
        return successions.record(predecessorCode, Successions.Request.merger(successorCode, effectiveOn));
    }

    /**
     * Moves one process instance's waiting work from one agency to another (for a module
     * moving one of its items in a succession, a re-assignment or a change of lead
     * agency): its open tasks, the right to read it, and the agency variable its next
     * steps are created from. Answers the number of tasks moved.
     */
    public int moveInstance(String processInstanceId, String fromAgency, String toAgency) {
        return mirror.moveInstance(processInstanceId, fromAgency, toAgency);
    }

    // ------------------------------------------------------------------ reconciliation

    /**
     * Brings Camunda in line with the directory as of today: successions whose day has
     * come are applied, group memberships follow the dated memberships and roles.
     * Idempotent.
     */
    public void reconcile() {
        mirror.ensureBaseline();
        // memberships first, so that an assignee who moved with the agency keeps the task
        reconcileMemberships();
        successions.applyDue(today());
        reconcileMemberships();
    }

    /** Camunda's groups follow the dated memberships and roles, as of today. */
    void reconcileMemberships() {
        LocalDate today = today();
        Map<String, Set<String>> desired = new HashMap<>();
        for (Agency agency : store.agencies()) {
            mirror.ensureAgencyGroup(agency);
            desired.put(agency.code(), new HashSet<>());
        }
        for (Member member : store.allMembers()) {
            if (member.isValidOn(today)) {
                desired.get(member.agencyCode()).add(member.userId());
            }
        }
        Set<String> coordinators = new HashSet<>();
        coordinatorOn(today).ifPresent(code -> coordinators.addAll(desired.getOrDefault(code, Set.of())));
        desired.put(Roles.COORDINATOR_GROUP, coordinators);
        Set<String> committee = new HashSet<>();
        for (RoleBinding seat : store.bindings(RoleBinding.Role.STEERING_COMMITTEE_MEMBER)) {
            if (seat.isValidOn(today)) {
                committee.add(seat.userId());
            }
        }
        desired.put(Roles.STEERING_COMMITTEE_GROUP, committee);
        mirror.reconcileMemberships(desired);
    }

    // ------------------------------------------------------------------ helpers

    Agency requireAgency(String code) {
        return store.agency(code).orElseThrow(() -> new NotFoundException("Không có cơ quan mã '" + code + "'"));
    }

    /** Today in Vietnam, by the application's clock. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

}
