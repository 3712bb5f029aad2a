package vn.gov.oversight.organization;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.oversight.system.ConflictException;
import vn.gov.oversight.system.InvalidInputException.FieldProblem;
import vn.gov.oversight.system.NotFoundException;
import vn.gov.oversight.system.Texts;
import vn.gov.oversight.system.InvalidInputException;

/**
 * The dated roles: which agency coordinates (the standing agency), who sits on the
 * steering committee.
 */
@Service
@Transactional
class RoleBindings {

    private static final Logger log = LoggerFactory.getLogger(RoleBindings.class);

    private final DirectoryStore store;

    private final Directory directory;

    RoleBindings(DirectoryStore store, Directory directory) {
        this.store = store;
        this.directory = directory;
    }

    /**
     * Makes {@code agencyCode} the coordinator from {@code validFrom}. The binding in
     * force then is closed the day before (a hand-over); a binding that starts on or
     * after that day, or one whose explicit end reaches past it, is an overlap and
     * refused.
     */
    public RoleBinding bindCoordinator(String agencyCode, LocalDate validFrom, LocalDate validTo) {
        List<FieldProblem> errors = new ArrayList<>();
        String code = Texts.trimToNull(agencyCode);
        LocalDate from = validFrom != null ? validFrom : directory.today();
        if (code == null) {
            errors.add(new FieldProblem("agencyCode", "Mã cơ quan thường trực là bắt buộc"));
        }
        else {
            Optional<Agency> agency = store.agency(code);
            if (agency.isEmpty()) {
                errors.add(new FieldProblem("agencyCode", "Cơ quan '" + code + "' không tồn tại"));
            }
            else if (!agency.get().isValidOn(from)) {
                errors.add(new FieldProblem("agencyCode", "Cơ quan '" + code + "' không hoạt động vào ngày " + from));
            }
        }
        if (validTo != null && validTo.isBefore(from)) {
            errors.add(new FieldProblem("validTo", "Ngày kết thúc phải sau ngày bắt đầu"));
        }
        RoleBinding handedOver = null;
        for (RoleBinding existing : store.bindings(RoleBinding.Role.COORDINATOR)) {
            if (!Checks.overlaps(existing.validFrom(), existing.validTo(), from, validTo)) {
                continue;
            }
            if (existing.validFrom().isBefore(from) && existing.validTo() == null) {
                handedOver = existing;
            }
            else {
                errors.add(new FieldProblem("validFrom",
                        "Trùng thời gian với vai trò thường trực của '" + existing.agencyCode() + "' từ "
                                + existing.validFrom()
                                + (existing.validTo() != null ? " đến " + existing.validTo() : "")));
            }
        }
        InvalidInputException.throwIfAny(errors);
        if (handedOver != null) {
            store.endBinding(handedOver.id(), from.minusDays(1));
        }
        store.insertBinding(RoleBinding.Role.COORDINATOR, code, null, from, validTo);
        directory.reconcileMemberships();
        log.info("Coordinator from {}: {}", from, code);
        return store.bindings(RoleBinding.Role.COORDINATOR)
            .stream()
            .filter(binding -> binding.validFrom().equals(from))
            .findFirst()
            .orElseThrow();
    }

    public RoleBinding addSteeringCommitteeMember(String userId, LocalDate validFrom, LocalDate validTo) {
        List<FieldProblem> errors = new ArrayList<>();
        String user = Texts.trimToNull(userId);
        LocalDate from = validFrom != null ? validFrom : directory.today();
        if (user == null) {
            errors.add(new FieldProblem("userId", "Tên đăng nhập là bắt buộc"));
        }
        else if (!store.personExists(user)) {
            errors.add(new FieldProblem("userId", "Người dùng '" + user + "' không có trong danh bạ"));
        }
        if (validTo != null && validTo.isBefore(from)) {
            errors.add(new FieldProblem("validTo", "Ngày kết thúc phải sau ngày bắt đầu"));
        }
        InvalidInputException.throwIfAny(errors);
        boolean seated = store.bindings(RoleBinding.Role.STEERING_COMMITTEE_MEMBER)
            .stream()
            .anyMatch(binding -> binding.userId().equals(user)
                    && Checks.overlaps(binding.validFrom(), binding.validTo(), from, validTo));
        if (seated) {
            throw new ConflictException("userId", "Người dùng '" + user + "' đã là thành viên Ban Chỉ đạo");
        }
        store.insertBinding(RoleBinding.Role.STEERING_COMMITTEE_MEMBER, null, user, from, validTo);
        directory.reconcileMemberships();
        return store.bindings(RoleBinding.Role.STEERING_COMMITTEE_MEMBER)
            .stream()
            .filter(binding -> binding.userId().equals(user) && binding.validFrom().equals(from))
            .findFirst()
            .orElseThrow();
    }

    public void endSteeringCommitteeMembership(String userId) {
        LocalDate today = directory.today();
        RoleBinding seat = store.bindings(RoleBinding.Role.STEERING_COMMITTEE_MEMBER)
            .stream()
            .filter(binding -> binding.userId().equals(userId) && binding.isValidOn(today))
            .findFirst()
            .orElseThrow(() -> new NotFoundException(
                    "Người dùng '" + userId + "' không phải thành viên hiện tại của Ban Chỉ đạo"));
        store.endBinding(seat.id(), today.minusDays(1));
        directory.reconcileMemberships();
    }

}
