package vn.gov.oversight.organization;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.oversight.system.ConflictException;
import vn.gov.oversight.system.InvalidInputException;
import vn.gov.oversight.system.InvalidInputException.FieldProblem;
import vn.gov.oversight.system.NotFoundException;
import vn.gov.oversight.system.Texts;

/**
 * Mergers and splits of agencies. Recording one validates it in full; on its day (at once
 * when the day has come) the predecessor and its memberships end, its roles pass to the
 * default successor, and every open item the modules hold for it ({@link OpenWork}) moves
 * where the succession routes it, in one transaction, each move written into the item's
 * history and the succession's record. Anything Camunda still holds for the predecessor
 * afterwards (a contribution to another agency's draft) goes to the default successor, or
 * to the coordinator when there is none, so that nothing is left with an agency that no
 * longer exists.
 */
@Service
@Transactional
public class Successions {

    private static final Logger log = LoggerFactory.getLogger(Successions.class);

    private final DirectoryStore store;

    private final CamundaDirectoryMirror mirror;

    private final ObjectProvider<OpenWork> modules;

    private final ObjectProvider<Directory> directory;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    Successions(DirectoryStore store, CamundaDirectoryMirror mirror, ObjectProvider<OpenWork> modules,
            ObjectProvider<Directory> directory, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.mirror = mirror;
        this.modules = modules;
        this.directory = directory;
        this.events = events;
        this.clock = clock;
    }

    /**
     * A succession as the administrator enters it.
     *
     * @param successorCode the default successor (takes the roles and whatever no share
     * takes); may be null when {@code remainder} is FAN_OUT or RETURN
     * @param remainder where what no share takes goes; SUCCESSOR when not given
     * @param decision the document deciding it
     */
    public record Request(String successorCode, LocalDate effectiveOn, Succession.Remainder remainder, String decision,
            List<SuccessionShare> shares) {

        public static Request merger(String successorCode, LocalDate effectiveOn) {
            return new Request(successorCode, effectiveOn, Succession.Remainder.SUCCESSOR, null, List.of());
        }
    }

    /** One item moved, or to be moved, and where: in words people read. */
    public record Move(String kind, String id, String title, String destination) {
    }

    /** What a succession moves if confirmed now. */
    public record Preview(String predecessorCode, LocalDate effectiveOn, List<Move> moves, String rolesTo,
            int membershipsEnding) {
    }

    public Succession record(String predecessorCode, Request request) {
        Agency predecessor = requireAgency(predecessorCode);
        Succession succession = validated(predecessor, request);
        if (predecessor.successorCode() != null || store.successions()
            .stream()
            .anyMatch(existing -> existing.predecessorCode().equals(predecessorCode))) {
            throw new ConflictException("successorCode", "Cơ quan '" + predecessorCode + "' đã có quyết định kế thừa");
        }
        store.insertSuccession(predecessorCode, succession.successorCode(), succession.effectiveOn(),
                succession.remainder(), succession.decision(), succession.shares());
        LocalDate lastDay = succession.effectiveOn().minusDays(1);
        if (predecessor.validTo() == null || predecessor.validTo().isAfter(lastDay)) {
            store.updateAgency(
                    new Agency(predecessor.code(), predecessor.name(), predecessor.kind(), predecessor.parentCode(),
                            predecessor.validFrom(), lastDay, null, null, predecessor.formerProvince()));
        }
        store.endMemberships(predecessorCode, lastDay);
        String heir = roleHeir(succession);
        for (RoleBinding binding : store.bindings(RoleBinding.Role.COORDINATOR)) {
            if (binding.agencyCode().equals(predecessorCode) && binding.validTo() == null
                    && !binding.validFrom().isAfter(lastDay)) {
                store.endBinding(binding.id(), lastDay);
                store.insertBinding(RoleBinding.Role.COORDINATOR, heir, null, succession.effectiveOn(), null);
            }
        }
        log.info("Succession recorded: {} -> {} from {}", predecessorCode, succession.successors(),
                succession.effectiveOn());
        directory.getObject().reconcile();
        return store.successions()
            .stream()
            .filter(s -> s.predecessorCode().equals(predecessorCode))
            .findFirst()
            .orElseThrow();
    }

    /** What would move if the succession were confirmed now; changes nothing. */
    @Transactional(readOnly = true)
    public Preview preview(String predecessorCode, Request request) {
        Agency predecessor = requireAgency(predecessorCode);
        Succession succession = validated(predecessor, request);
        List<Move> moves = new ArrayList<>();
        String coordinator = coordinatorOn(succession);
        for (OpenWork module : modules.orderedStream().toList()) {
            for (WorkItem item : module.openWorkOf(predecessorCode)) {
                moves.add(new Move(item.kind(), item.id(), item.title(), words(succession.route(item), coordinator)));
            }
        }
        LocalDate lastDay = succession.effectiveOn().minusDays(1);
        int ending = (int) store.members(predecessorCode)
            .stream()
            .filter(member -> member.validTo() == null || member.validTo().isAfter(lastDay))
            .count();
        boolean coordinates = store.bindings(RoleBinding.Role.COORDINATOR)
            .stream()
            .anyMatch(binding -> binding.agencyCode().equals(predecessorCode) && binding.validTo() == null);
        return new Preview(predecessorCode, succession.effectiveOn(), moves,
                coordinates ? nameOf(roleHeir(succession)) : null, ending);
    }

    @Transactional(readOnly = true)
    public List<Move> moves(long successionId) {
        return store.moves(successionId);
    }

    /** Applies every succession whose day has come and that no node applied yet. */
    void applyDue(LocalDate today) {
        for (Succession succession : store.successions()) {
            if (succession.appliedAt() == null && !succession.effectiveOn().isAfter(today)) {
                apply(succession);
            }
        }
    }

    private void apply(Succession succession) {
        // claim it first: another node applying the same succession finds it taken and
        // moves nothing
        if (!store.markApplied(succession.id(), clock.instant(), 0)) {
            return;
        }
        String coordinator = coordinatorOn(succession);
        OpenWork.Transfer transfer = new OpenWork.Transfer(succession.predecessorCode(), succession.effectiveOn(),
                succession.decision(), coordinator, note(succession));
        int moved = 0;
        for (OpenWork module : modules.orderedStream().toList()) {
            for (WorkItem item : module.openWorkOf(succession.predecessorCode())) {
                Destination destination = succession.route(item);
                module.move(item, destination, transfer);
                store.recordMove(succession.id(), item, words(destination, coordinator), clock.instant());
                moved++;
            }
        }
        String rest = succession.successorCode() != null ? succession.successorCode() : coordinator;
        if (rest != null) {
            moved += mirror.moveOpenWork(succession.predecessorCode(), rest);
        }
        store.setMoved(succession.id(), moved);
        events.publishEvent(new AgencySucceeded(succession.predecessorCode(), succession.successorCode(),
                succession.effectiveOn()));
        log.info("Succession of {} applied: {} items moved", succession.predecessorCode(), moved);
    }

    /**
     * A history line: "Theo Nghị quyết …: UBND huyện Yên Mô chấm dứt hoạt động từ
     * 01/07/2025".
     */
    private String note(Succession succession) {
        String who = nameOf(succession.predecessorCode());
        String prefix = succession.decision() == null ? "" : "Theo " + succession.decision() + ": ";
        return prefix + who + " kết thúc hoạt động từ "
                + vn.gov.oversight.system.PeopleDates.day(succession.effectiveOn());
    }

    private String words(Destination destination, String coordinator) {
        if (destination.returned()) {
            return "Trả về cơ quan thường trực (" + nameOf(coordinator) + ") để giao lại";
        }
        if (destination.isSingle()) {
            return "Chuyển cho " + nameOf(destination.single());
        }
        return "Chia cho " + destination.agencies().stream().map(this::nameOf).collect(Collectors.joining(", "));
    }

    private String nameOf(String code) {
        return code == null ? "(chưa xác định)" : store.agency(code).map(Agency::name).orElse(code);
    }

    private String coordinatorOn(Succession succession) {
        // the role has passed by then if the predecessor held it
        Optional<String> coordinator = directory.getObject().coordinatorOn(succession.effectiveOn());
        return coordinator.orElse(null);
    }

    private String roleHeir(Succession succession) {
        if (succession.successorCode() != null) {
            return succession.successorCode();
        }
        return succession.successors().isEmpty() ? null : succession.successors().get(0);
    }

    private Succession validated(Agency predecessor, Request request) {
        List<FieldProblem> errors = new ArrayList<>();
        LocalDate effectiveOn = request.effectiveOn();
        if (effectiveOn == null) {
            errors.add(new FieldProblem("effectiveOn", "Ngày hiệu lực là bắt buộc"));
        }
        else if (effectiveOn.isBefore(predecessor.validFrom())) {
            errors.add(new FieldProblem("effectiveOn", "Ngày hiệu lực trước ngày thành lập cơ quan"));
        }
        Succession.Remainder remainder = request.remainder() == null ? Succession.Remainder.SUCCESSOR
                : request.remainder();
        String successor = Texts.trimToNull(request.successorCode());
        if (successor == null && remainder == Succession.Remainder.SUCCESSOR) {
            errors.add(new FieldProblem("successorCode", "Mã cơ quan kế thừa là bắt buộc (hoặc chọn chia cho các "
                    + "cơ quan nhận địa bàn, hay trả về cơ quan thường trực để giao lại)"));
        }
        else if (successor != null) {
            checkSuccessor("successorCode", successor, predecessor, effectiveOn, errors);
        }
        List<SuccessionShare> shares = request.shares() == null ? List.of() : request.shares();
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < shares.size(); i++) {
            SuccessionShare share = shares.get(i);
            String field = "shares[" + i + "]";
            if (share == null || share.scope() == null) {
                errors.add(new FieldProblem(field + ".scope", "Phần công việc thứ " + (i + 1) + " chưa chọn phạm vi "
                        + "(nhiệm vụ, nhóm nhiệm vụ, lĩnh vực chính sách hoặc địa bàn)"));
                continue;
            }
            String code = Texts.trimToNull(share.successorCode());
            if (code == null) {
                errors.add(new FieldProblem(field + ".successorCode",
                        "Phần công việc thứ " + (i + 1) + " chưa có cơ quan nhận"));
            }
            else {
                checkSuccessor(field + ".successorCode", code, predecessor, effectiveOn, errors);
            }
            String value = Texts.trimToNull(share.value());
            if (share.scope() == SuccessionShare.Scope.TERRITORY && value != null) {
                errors.add(new FieldProblem(field + ".value",
                        "Phần địa bàn không kèm giá trị: cơ quan nhận là xã, " + "phường nhận một phần địa bàn"));
            }
            else if (share.scope() != SuccessionShare.Scope.TERRITORY && value == null) {
                errors.add(new FieldProblem(field + ".value",
                        "Phần công việc thứ " + (i + 1) + " chưa ghi " + share.scope().label() + " nào"));
            }
            else if (value != null && value.length() > 255) {
                errors.add(new FieldProblem(field + ".value", "Giá trị dài quá 255 ký tự"));
            }
            else if (!seen.add(share.scope() + ":" + (value == null ? code : value.toLowerCase()))) {
                errors.add(new FieldProblem(field, "Phần công việc thứ " + (i + 1) + " trùng với một phần trước"));
            }
        }
        boolean territories = shares.stream()
            .anyMatch(share -> share != null && share.scope() == SuccessionShare.Scope.TERRITORY);
        if (remainder == Succession.Remainder.FAN_OUT && !territories) {
            errors.add(new FieldProblem("remainder",
                    "Chia công việc cho các cơ quan nhận địa bàn cần ít nhất một xã, " + "phường nhận địa bàn"));
        }
        String decision = Texts.trimToNull(request.decision());
        if (decision != null && decision.length() > 500) {
            errors.add(new FieldProblem("decision", "Văn bản quyết định dài quá 500 ký tự"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        List<SuccessionShare> clean = shares.stream()
            .map(share -> new SuccessionShare(Texts.trimToNull(share.successorCode()), share.scope(),
                    Texts.trimToNull(share.value())))
            .toList();
        Succession succession = new Succession(0, predecessor.code(), successor, effectiveOn, null, null, remainder,
                decision, clean);
        boolean coordinates = store.bindings(RoleBinding.Role.COORDINATOR)
            .stream()
            .anyMatch(binding -> binding.agencyCode().equals(predecessor.code()) && binding.validTo() == null);
        if (coordinates && successor == null) {
            throw InvalidInputException.of("successorCode",
                    "Cơ quan đang là cơ quan thường trực: phải chỉ định cơ quan "
                            + "kế thừa mặc định nhận vai trò này");
        }
        return succession;
    }

    private void checkSuccessor(String field, String code, Agency predecessor, LocalDate effectiveOn,
            List<FieldProblem> errors) {
        if (code.equals(predecessor.code())) {
            errors.add(new FieldProblem(field, "Cơ quan không thể kế thừa chính nó"));
            return;
        }
        Optional<Agency> next = store.agency(code);
        if (next.isEmpty()) {
            errors.add(new FieldProblem(field, "Cơ quan kế thừa '" + code + "' không tồn tại"));
        }
        else if (next.get().successorCode() != null) {
            errors.add(new FieldProblem(field, "Cơ quan '" + next.get().name() + "' đã được sáp nhập vào '"
                    + next.get().successorCode() + "'; hãy chọn cơ quan đang hoạt động"));
        }
        else if (effectiveOn != null && !next.get().isValidOn(effectiveOn)) {
            errors.add(new FieldProblem(field, "Cơ quan '" + next.get().name() + "' không hoạt động vào ngày "
                    + vn.gov.oversight.system.PeopleDates.day(effectiveOn)));
        }
    }

    private Agency requireAgency(String code) {
        return store.agency(code).orElseThrow(() -> new NotFoundException("Không có cơ quan mã '" + code + "'"));
    }

}
