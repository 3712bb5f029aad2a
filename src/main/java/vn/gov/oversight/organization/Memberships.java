package vn.gov.oversight.organization;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.oversight.system.ConflictException;
import vn.gov.oversight.system.InvalidInputException.FieldProblem;
import vn.gov.oversight.system.NotFoundException;
import vn.gov.oversight.system.PasswordRules;
import vn.gov.oversight.system.Texts;
import vn.gov.oversight.system.InvalidInputException;

/**
 * Who belongs to which agency, and when: people are added to an agency as its head or an
 * officer (created, with their Camunda user, when new) and leave it; Camunda's groups
 * follow at once.
 */
@Service
@Transactional
class Memberships {

    static final Pattern USER_ID = Pattern.compile("[a-zA-Z0-9]+([._-][a-zA-Z0-9]+)*");
    static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final DirectoryStore store;

    private final CamundaDirectoryMirror mirror;

    private final Directory directory;

    private final PasswordRules passwordRules;

    Memberships(DirectoryStore store, CamundaDirectoryMirror mirror, Directory directory,
            @Value("${oversight.security.password-min-length:" + PasswordRules.DEFAULT_MIN_LENGTH
                    + "}") int minPasswordLength) {
        this.store = store;
        this.mirror = mirror;
        this.directory = directory;
        this.passwordRules = new PasswordRules(minPasswordLength);
    }

    public record MemberDraft(String userId, String firstName, String lastName, String email, String password,
            MemberRole role, LocalDate validFrom, LocalDate validTo) {
    }

    /**
     * Adds a person to an agency; creates the person (and the Camunda user) when the user
     * id is new, in which case names, e-mail and password are required.
     */
    public Member addMember(String agencyCode, MemberDraft draft) {
        return addMember(agencyCode, draft, true);
    }

    /**
     * The demo's members share one short password: the demo seeder alone skips the
     * password policy.
     */
    Member addMember(String agencyCode, MemberDraft draft, boolean passwordPolicy) {
        Agency agency = directory.requireAgency(agencyCode);
        List<FieldProblem> errors = new ArrayList<>();
        String userId = Texts.trimToNull(draft.userId());
        boolean newPerson = false;
        if (userId == null) {
            errors.add(new FieldProblem("userId", "Tên đăng nhập là bắt buộc"));
        }
        else if (userId.length() > 64 || !USER_ID.matcher(userId).matches()) {
            errors.add(new FieldProblem("userId", "Tên đăng nhập '" + userId + "' không hợp lệ: chỉ gồm chữ cái "
                    + "không dấu, chữ số và các dấu . _ -, tối đa 64 ký tự"));
        }
        else {
            newPerson = !store.personExists(userId);
        }
        if (newPerson) {
            if (Texts.trimToNull(draft.firstName()) == null) {
                errors.add(new FieldProblem("firstName", "Tên là bắt buộc"));
            }
            if (Texts.trimToNull(draft.lastName()) == null) {
                errors.add(new FieldProblem("lastName", "Họ và tên đệm là bắt buộc"));
            }
            if (Texts.trimToNull(draft.email()) == null) {
                errors.add(new FieldProblem("email", "Thư điện tử là bắt buộc"));
            }
            if (!mirror.userExists(userId)) {
                if (draft.password() == null || draft.password().isEmpty()) {
                    errors.add(new FieldProblem("password", "Mật khẩu là bắt buộc với người dùng mới"));
                }
                else if (passwordPolicy) {
                    passwordRules.problems(draft.password(), userId, draft.firstName(), draft.lastName(), draft.email())
                        .forEach(problem -> errors.add(new FieldProblem("password", problem)));
                }
            }
        }
        if (Texts.trimToNull(draft.email()) != null && !EMAIL.matcher(draft.email().trim()).matches()) {
            errors.add(new FieldProblem("email", "Thư điện tử '" + draft.email() + "' không hợp lệ"));
        }
        if (draft.role() == null) {
            errors.add(new FieldProblem("role", "Vai trò là bắt buộc (HEAD: thủ trưởng, OFFICER: cán bộ)"));
        }
        LocalDate validFrom = draft.validFrom() != null ? draft.validFrom() : directory.today();
        if (draft.validTo() != null && draft.validTo().isBefore(validFrom)) {
            errors.add(new FieldProblem("validTo", "Ngày kết thúc phải sau ngày bắt đầu"));
        }
        if (!agency.isValidOn(validFrom)) {
            errors.add(new FieldProblem("validFrom",
                    "Cơ quan '" + agency.name() + "' không còn hoạt động vào ngày " + validFrom));
        }
        InvalidInputException.throwIfAny(errors);

        for (Member existing : store.members(agencyCode)) {
            if (!Checks.overlaps(existing.validFrom(), existing.validTo(), validFrom, draft.validTo())) {
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
        directory.reconcileMemberships();
        return store.members(agencyCode)
            .stream()
            .filter(member -> member.userId().equals(userId) && member.validFrom().equals(validFrom))
            .findFirst()
            .orElseThrow();
    }

    /** Ends a membership: from today the person no longer acts for the agency. */
    public void endMembership(String agencyCode, String userId) {
        directory.requireAgency(agencyCode);
        if (store.endMembership(agencyCode, userId, directory.today().minusDays(1)) == 0) {
            throw new NotFoundException(
                    "Người dùng '" + userId + "' không phải thành viên hiện tại của cơ quan '" + agencyCode + "'");
        }
        directory.reconcileMemberships();
    }

}
