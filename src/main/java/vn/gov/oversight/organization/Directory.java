package vn.gov.oversight.organization;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.oversight.system.ConflictException;
import vn.gov.oversight.system.InvalidInputException;
import vn.gov.oversight.system.InvalidInputException.FieldProblem;
import vn.gov.oversight.system.NotFoundException;
import vn.gov.oversight.system.PasswordRules;
import vn.gov.oversight.system.Roles;

/**
 * The organisation directory: who exists, who belongs where, who coordinates, who sits on the steering
 * committee, and who succeeded whom. Every change is validated in full (all problems reported at once,
 * nothing written on any) and then mirrored into Camunda in the same transaction.
 */
@Service
@Transactional
public class Directory {

    /** The process variable naming the agency a process instance works for. */
    public static final String AGENCY_VARIABLE = "agencyCode";

    private static final Logger log = LoggerFactory.getLogger(Directory.class);

    static final Pattern AGENCY_CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    static final Pattern USER_ID = Pattern.compile("[a-zA-Z0-9]+([._-][a-zA-Z0-9]+)*");
    static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    static final Set<String> RESERVED_CODES = Set.of(Roles.ADMIN_GROUP, Roles.COORDINATOR_GROUP,
            Roles.STEERING_COMMITTEE_GROUP);

    private final DirectoryStore store;
    private final CamundaDirectoryMirror mirror;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final PasswordRules passwordRules;
    private final Successions successions;

    Directory(DirectoryStore store, CamundaDirectoryMirror mirror, ApplicationEventPublisher events, Clock clock,
            Successions successions,
            @Value("${oversight.security.password-min-length:" + PasswordRules.DEFAULT_MIN_LENGTH + "}") int minPasswordLength) {
        this.store = store;
        this.mirror = mirror;
        this.events = events;
        this.clock = clock;
        this.passwordRules = new PasswordRules(minPasswordLength);
        this.successions = successions;
    }

    // ------------------------------------------------------------------ queries

    @Transactional(readOnly = true)
    public List<Agency> agencies() {
        return store.agencies();
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
        return store.membershipsOf(userId).stream()
                .anyMatch(member -> member.agencyCode().equals(agencyCode) && member.isValidOn(today));
    }

    /** The agency that is the coordinator on {@code day}, if one is bound. */
    @Transactional(readOnly = true)
    public Optional<String> coordinatorOn(LocalDate day) {
        return store.bindings(RoleBinding.Role.COORDINATOR).stream()
                .filter(binding -> binding.isValidOn(day)).map(RoleBinding::agencyCode).findFirst();
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
     * The agency that carries the work of {@code code} today: itself, or the end of its chain of
     * successions that have taken effect.
     */
    @Transactional(readOnly = true)
    public String currentAgencyFor(String code) {
        Map<String, String> applied = new HashMap<>();
        for (Succession succession : store.successions()) {
            if (succession.appliedAt() != null) {
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

    /** @param formerProvince the province the agency belonged to before the 2025 merger of provinces, if any */
    public record AgencyDraft(String code, String name, AgencyKind kind, String parentCode, LocalDate validFrom,
            LocalDate validTo, String formerProvince) {

        public AgencyDraft(String code, String name, AgencyKind kind, String parentCode, LocalDate validFrom,
                LocalDate validTo) {
            this(code, name, kind, parentCode, validFrom, validTo, null);
        }
    }

    public Agency createAgency(AgencyDraft draft) {
        List<FieldProblem> errors = new ArrayList<>();
        String code = trim(draft.code());
        if (code == null) {
            errors.add(new FieldProblem("code", "Mã cơ quan là bắt buộc"));
        } else if (code.length() > 64 || !AGENCY_CODE.matcher(code).matches()) {
            errors.add(new FieldProblem("code", "Mã cơ quan '" + code + "' không hợp lệ: chỉ gồm chữ thường không dấu, "
                    + "chữ số và dấu gạch ngang, tối đa 64 ký tự (ví dụ so-yte, ubnd-yen-mo)"));
        } else if (RESERVED_CODES.contains(code)) {
            errors.add(new FieldProblem("code", "Mã cơ quan '" + code + "' là tên dành riêng của hệ thống"));
        }
        LocalDate validFrom = draft.validFrom() != null ? draft.validFrom() : today();
        validateAgencyFields(draft.name(), draft.kind(), draft.parentCode(), validFrom, draft.validTo(), code, errors);
        checkFormerProvince(draft.formerProvince(), errors);
        throwIfAny(errors);
        if (store.agency(code).isPresent() || mirror.groupExists(code)) {
            throw new ConflictException("code", "Mã cơ quan '" + code + "' đã tồn tại");
        }
        Agency agency = new Agency(code, draft.name().trim(), draft.kind(), trim(draft.parentCode()), validFrom,
                draft.validTo(), null, null, trim(draft.formerProvince()));
        store.insertAgency(agency);
        mirror.ensureAgencyGroup(agency);
        log.info("Agency {} created", code);
        return store.agency(code).orElseThrow();
    }

    /** Changes an agency's name, kind, parent or end date; its code and start never change. */
    public Agency updateAgency(String code, AgencyDraft draft) {
        Agency existing = requireAgency(code);
        List<FieldProblem> errors = new ArrayList<>();
        if (draft.code() != null && !draft.code().trim().equals(code)) {
            errors.add(new FieldProblem("code", "Không được đổi mã cơ quan"));
        }
        validateAgencyFields(draft.name(), draft.kind(), draft.parentCode(), existing.validFrom(), draft.validTo(),
                code, errors);
        checkFormerProvince(draft.formerProvince(), errors);
        throwIfAny(errors);
        Agency agency = new Agency(code, draft.name().trim(), draft.kind(), trim(draft.parentCode()),
                existing.validFrom(), draft.validTo(), existing.successorCode(), existing.successionEffectiveOn(),
                draft.formerProvince() == null ? existing.formerProvince() : trim(draft.formerProvince()));
        store.updateAgency(agency);
        mirror.ensureAgencyGroup(agency);
        reconcileMemberships();
        return store.agency(code).orElseThrow();
    }

    private static void checkFormerProvince(String formerProvince, List<FieldProblem> errors) {
        String value = trim(formerProvince);
        if (value != null && (value.length() > 64 || !AGENCY_CODE.matcher(value).matches())) {
            errors.add(new FieldProblem("formerProvince", "Mã tỉnh cũ '" + value + "' không hợp lệ: chỉ gồm chữ thường "
                    + "không dấu, chữ số và dấu gạch ngang (ví dụ ninh-binh, ha-nam, nam-dinh)"));
        }
    }

    private void validateAgencyFields(String name, AgencyKind kind, String parentCode, LocalDate validFrom,
            LocalDate validTo, String code, List<FieldProblem> errors) {
        if (trim(name) == null) {
            errors.add(new FieldProblem("name", "Tên cơ quan là bắt buộc"));
        } else if (name.trim().length() > 255) {
            errors.add(new FieldProblem("name", "Tên cơ quan dài quá 255 ký tự"));
        }
        if (kind == null) {
            errors.add(new FieldProblem("kind", "Loại cơ quan là bắt buộc (DEPARTMENT, LOCAL_COMMITTEE, "
                    + "MASS_ORGANISATION, OTHER, STEERING_COMMITTEE, PROVINCIAL_COMMITTEE)"));
        }
        String parent = trim(parentCode);
        if (parent != null) {
            if (parent.equals(code)) {
                errors.add(new FieldProblem("parentCode", "Cơ quan không thể là cấp trên của chính nó"));
            } else if (store.agency(parent).isEmpty()) {
                errors.add(new FieldProblem("parentCode", "Cơ quan cấp trên '" + parent + "' không tồn tại"));
            }
        }
        if (validTo != null && validTo.isBefore(validFrom)) {
            errors.add(new FieldProblem("validTo", "Ngày kết thúc hiệu lực phải sau ngày bắt đầu hiệu lực"));
        }
    }

    // ------------------------------------------------------------------ members

    public record MemberDraft(String userId, String firstName, String lastName, String email, String password,
            MemberRole role, LocalDate validFrom, LocalDate validTo) {
    }

    /**
     * Adds a person to an agency; creates the person (and the Camunda user) when the user id is new, in
     * which case names, e-mail and password are required.
     */
    public Member addMember(String agencyCode, MemberDraft draft) {
        return addMember(agencyCode, draft, true);
    }

    /** The demo's members share one short password: the demo seeder alone skips the password policy. */
    Member addMember(String agencyCode, MemberDraft draft, boolean passwordPolicy) {
        Agency agency = requireAgency(agencyCode);
        List<FieldProblem> errors = new ArrayList<>();
        String userId = trim(draft.userId());
        boolean newPerson = false;
        if (userId == null) {
            errors.add(new FieldProblem("userId", "Tên đăng nhập là bắt buộc"));
        } else if (userId.length() > 64 || !USER_ID.matcher(userId).matches()) {
            errors.add(new FieldProblem("userId", "Tên đăng nhập '" + userId + "' không hợp lệ: chỉ gồm chữ cái "
                    + "không dấu, chữ số và các dấu . _ -, tối đa 64 ký tự"));
        } else {
            newPerson = !store.personExists(userId);
        }
        if (newPerson) {
            if (trim(draft.firstName()) == null) {
                errors.add(new FieldProblem("firstName", "Tên là bắt buộc"));
            }
            if (trim(draft.lastName()) == null) {
                errors.add(new FieldProblem("lastName", "Họ và tên đệm là bắt buộc"));
            }
            if (trim(draft.email()) == null) {
                errors.add(new FieldProblem("email", "Thư điện tử là bắt buộc"));
            }
            if (!mirror.userExists(userId)) {
                if (draft.password() == null || draft.password().isEmpty()) {
                    errors.add(new FieldProblem("password", "Mật khẩu là bắt buộc với người dùng mới"));
                } else if (passwordPolicy) {
                    passwordRules.problems(draft.password(), userId, draft.firstName(), draft.lastName(), draft.email())
                            .forEach(problem -> errors.add(new FieldProblem("password", problem)));
                }
            }
        }
        if (trim(draft.email()) != null && !EMAIL.matcher(draft.email().trim()).matches()) {
            errors.add(new FieldProblem("email", "Thư điện tử '" + draft.email() + "' không hợp lệ"));
        }
        if (draft.role() == null) {
            errors.add(new FieldProblem("role", "Vai trò là bắt buộc (HEAD: thủ trưởng, OFFICER: cán bộ)"));
        }
        LocalDate validFrom = draft.validFrom() != null ? draft.validFrom() : today();
        if (draft.validTo() != null && draft.validTo().isBefore(validFrom)) {
            errors.add(new FieldProblem("validTo", "Ngày kết thúc phải sau ngày bắt đầu"));
        }
        if (!agency.isValidOn(validFrom)) {
            errors.add(new FieldProblem("validFrom", "Cơ quan '" + agency.name() + "' không còn hoạt động vào ngày "
                    + validFrom));
        }
        throwIfAny(errors);

        for (Member existing : store.members(agencyCode)) {
            if (!overlaps(existing.validFrom(), existing.validTo(), validFrom, draft.validTo())) {
                continue;
            }
            if (existing.userId().equals(userId)) {
                throw new ConflictException("userId", "Người dùng '" + userId + "' đã là thành viên của cơ quan này");
            }
            if (existing.role() == MemberRole.HEAD && draft.role() == MemberRole.HEAD) {
                throw new ConflictException("role", "Cơ quan đã có thủ trưởng (" + existing.fullName()
                        + "); hãy kết thúc nhiệm kỳ trước khi bổ nhiệm người mới");
            }
        }
        if (newPerson) {
            store.insertPerson(userId, draft.firstName().trim(), draft.lastName().trim(), draft.email().trim());
            mirror.ensureUser(userId, draft.firstName().trim(), draft.lastName().trim(), draft.email().trim(),
                    draft.password());
        }
        store.insertMember(agencyCode, userId, draft.role(), validFrom, draft.validTo());
        reconcileMemberships();
        return store.members(agencyCode).stream()
                .filter(member -> member.userId().equals(userId) && member.validFrom().equals(validFrom))
                .findFirst().orElseThrow();
    }

    /** Ends a membership: from today the person no longer acts for the agency. */
    public void endMembership(String agencyCode, String userId) {
        requireAgency(agencyCode);
        if (store.endMembership(agencyCode, userId, today().minusDays(1)) == 0) {
            throw new NotFoundException("Người dùng '" + userId + "' không phải thành viên hiện tại của cơ quan '"
                    + agencyCode + "'");
        }
        reconcileMemberships();
    }

    // ------------------------------------------------------------------ roles

    /**
     * Makes {@code agencyCode} the coordinator from {@code validFrom}. The binding in force then is
     * closed the day before (a hand-over); a binding that starts on or after that day, or one whose
     * explicit end reaches past it, is an overlap and refused.
     */
    public RoleBinding bindCoordinator(String agencyCode, LocalDate validFrom, LocalDate validTo) {
        List<FieldProblem> errors = new ArrayList<>();
        String code = trim(agencyCode);
        LocalDate from = validFrom != null ? validFrom : today();
        if (code == null) {
            errors.add(new FieldProblem("agencyCode", "Mã cơ quan thường trực là bắt buộc"));
        } else {
            Optional<Agency> agency = store.agency(code);
            if (agency.isEmpty()) {
                errors.add(new FieldProblem("agencyCode", "Cơ quan '" + code + "' không tồn tại"));
            } else if (!agency.get().isValidOn(from)) {
                errors.add(new FieldProblem("agencyCode", "Cơ quan '" + code + "' không hoạt động vào ngày " + from));
            }
        }
        if (validTo != null && validTo.isBefore(from)) {
            errors.add(new FieldProblem("validTo", "Ngày kết thúc phải sau ngày bắt đầu"));
        }
        RoleBinding handedOver = null;
        for (RoleBinding existing : store.bindings(RoleBinding.Role.COORDINATOR)) {
            if (!overlaps(existing.validFrom(), existing.validTo(), from, validTo)) {
                continue;
            }
            if (existing.validFrom().isBefore(from) && existing.validTo() == null) {
                handedOver = existing;
            } else {
                errors.add(new FieldProblem("validFrom", "Trùng thời gian với vai trò thường trực của '"
                        + existing.agencyCode() + "' từ " + existing.validFrom()
                        + (existing.validTo() != null ? " đến " + existing.validTo() : "")));
            }
        }
        throwIfAny(errors);
        if (handedOver != null) {
            store.endBinding(handedOver.id(), from.minusDays(1));
        }
        store.insertBinding(RoleBinding.Role.COORDINATOR, code, null, from, validTo);
        reconcileMemberships();
        log.info("Coordinator from {}: {}", from, code);
        return store.bindings(RoleBinding.Role.COORDINATOR).stream()
                .filter(binding -> binding.validFrom().equals(from)).findFirst().orElseThrow();
    }

    public RoleBinding addSteeringCommitteeMember(String userId, LocalDate validFrom, LocalDate validTo) {
        List<FieldProblem> errors = new ArrayList<>();
        String user = trim(userId);
        LocalDate from = validFrom != null ? validFrom : today();
        if (user == null) {
            errors.add(new FieldProblem("userId", "Tên đăng nhập là bắt buộc"));
        } else if (!store.personExists(user)) {
            errors.add(new FieldProblem("userId", "Người dùng '" + user + "' không có trong danh bạ"));
        }
        if (validTo != null && validTo.isBefore(from)) {
            errors.add(new FieldProblem("validTo", "Ngày kết thúc phải sau ngày bắt đầu"));
        }
        throwIfAny(errors);
        boolean seated = store.bindings(RoleBinding.Role.STEERING_COMMITTEE_MEMBER).stream()
                .anyMatch(binding -> binding.userId().equals(user)
                        && overlaps(binding.validFrom(), binding.validTo(), from, validTo));
        if (seated) {
            throw new ConflictException("userId", "Người dùng '" + user + "' đã là thành viên Ban Chỉ đạo");
        }
        store.insertBinding(RoleBinding.Role.STEERING_COMMITTEE_MEMBER, null, user, from, validTo);
        reconcileMemberships();
        return store.bindings(RoleBinding.Role.STEERING_COMMITTEE_MEMBER).stream()
                .filter(binding -> binding.userId().equals(user) && binding.validFrom().equals(from))
                .findFirst().orElseThrow();
    }

    public void endSteeringCommitteeMembership(String userId) {
        LocalDate today = today();
        RoleBinding seat = store.bindings(RoleBinding.Role.STEERING_COMMITTEE_MEMBER).stream()
                .filter(binding -> binding.userId().equals(userId) && binding.isValidOn(today))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Người dùng '" + userId
                        + "' không phải thành viên hiện tại của Ban Chỉ đạo"));
        store.endBinding(seat.id(), today.minusDays(1));
        reconcileMemberships();
    }

    // ------------------------------------------------------------------ succession

    /** A merger: {@code predecessorCode} is replaced by {@code successorCode} from {@code effectiveOn}. */
    public Succession recordSuccession(String predecessorCode, String successorCode, LocalDate effectiveOn) {
        return successions.record(predecessorCode, Successions.Request.merger(successorCode, effectiveOn));
    }

    /**
     * Moves one process instance's waiting work from one agency to another (for a module moving one of its
     * items in a succession, a re-assignment or a change of lead agency): its open tasks, the right to read it,
     * and the agency variable its next steps are created from. Answers the number of tasks moved.
     */
    public int moveInstance(String processInstanceId, String fromAgency, String toAgency) {
        return mirror.moveInstance(processInstanceId, fromAgency, toAgency);
    }

    // ------------------------------------------------------------------ reconciliation

    /**
     * Brings Camunda in line with the directory as of today: successions whose day has come are applied,
     * group memberships follow the dated memberships and roles. Idempotent.
     */
    public void reconcile() {
        mirror.ensureBaseline();
        // memberships first, so that an assignee who moved with the agency keeps the task
        reconcileMemberships();
        successions.applyDue(today());
        reconcileMemberships();
    }

    private void reconcileMemberships() {
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

    private Agency requireAgency(String code) {
        return store.agency(code).orElseThrow(() -> new NotFoundException("Không có cơ quan mã '" + code + "'"));
    }

    /** Today in Vietnam, by the application's clock. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    private static boolean overlaps(LocalDate from1, LocalDate to1, LocalDate from2, LocalDate to2) {
        return (to2 == null || !from1.isAfter(to2)) && (to1 == null || !from2.isAfter(to1));
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static void throwIfAny(List<FieldProblem> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
