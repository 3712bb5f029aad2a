package vn.gov.oversight.organization;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.oversight.system.ConflictException;
import vn.gov.oversight.system.InvalidInputException;
import vn.gov.oversight.system.InvalidInputException.FieldProblem;
import vn.gov.oversight.system.NotFoundException;

/**
 * The names by which people write agencies: each agency's other names (aliases) and the
 * collective phrases that stand for several agencies; {@link #on} resolves what an
 * appendix says. Kept beside the directory, in tables of its own, so that a change of an
 * agency never needs a change here.
 */
@Service
@Transactional
public class AgencyNames {

    private static final Logger log = LoggerFactory.getLogger(AgencyNames.class);

    static final int MAX_NAME_LENGTH = 255;

    private final AgencyNameStore store;

    private final Directory directory;

    private final String province;

    AgencyNames(AgencyNameStore store, Directory directory, @Value("${oversight.province.name:}") String province) {
        this.store = store;
        this.directory = directory;
        this.province = province;
    }

    /**
     * The directory's names, aliases and phrases as of {@code day}, to resolve many cells
     * at once.
     */
    @Transactional(readOnly = true)
    public AgencyNameLookup on(LocalDate day) {
        return new AgencyNameLookup(day, directory.today(), directory.agencies(), store.aliases(), store.phrases(),
                directory.successions(), province);
    }

    @Transactional(readOnly = true)
    public List<AgencyAlias> aliases() {
        return store.aliases();
    }

    /**
     * Records {@code alias} as another name of {@code agencyCode}. Idempotent for the
     * same agency; refused when the name already stands for another agency or for a
     * phrase.
     */
    public AgencyAlias addAlias(String agencyCode, String alias, String createdBy) {
        List<FieldProblem> errors = new ArrayList<>();
        String code = agencyCode == null ? "" : agencyCode.strip();
        String name = alias == null ? "" : alias.strip().replaceAll("\\s+", " ");
        if (code.isEmpty()) {
            errors.add(new FieldProblem("agencyCode", "Chưa chọn cơ quan"));
        }
        else if (directory.agency(code).isEmpty()) {
            errors.add(new FieldProblem("agencyCode", "Không có cơ quan mã '" + code + "'"));
        }
        checkName("alias", "Tên gọi khác", "", name, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Optional<String> holder = on(directory.today()).holderOf(name);
        if (holder.isPresent()) {
            if (holder.get().equals(code)) {
                return store.aliases()
                    .stream()
                    .filter(existing -> existing.agencyCode().equals(code)
                            && NameKeys.key(existing.alias()).equals(NameKeys.key(name)))
                    .findFirst()
                    .orElse(new AgencyAlias(0, code, name, createdBy));
            }
            throw new ConflictException("alias", "Tên '" + name + "' đã dùng cho " + describe(holder.get()));
        }
        long id = store.insertAlias(code, name, createdBy);
        log.info("Alias '{}' of agency {} added by {}", name, code, createdBy);
        return new AgencyAlias(id, code, name, createdBy);
    }

    public void deleteAlias(long id) {
        if (!store.deleteAlias(id)) {
            throw new NotFoundException("Không có tên gọi khác số " + id);
        }
    }

    private static void checkName(String field, String label, String example, String name, List<FieldProblem> errors) {
        if (name.isEmpty()) {
            errors.add(new FieldProblem(field, label + " là bắt buộc" + example));
        }
        else if (name.length() > MAX_NAME_LENGTH) {
            errors.add(new FieldProblem(field, label + " dài quá " + MAX_NAME_LENGTH + " ký tự"));
        }
        else if (NameKeys.key(name).isEmpty()) {
            errors.add(new FieldProblem(field, label + " '" + name + "' không có chữ cái hay chữ số nào"));
        }
    }

    private String describe(String holder) {
        return holder.startsWith("'") ? "cụm từ chỉ nhiều cơ quan " + holder
                : "cơ quan '" + directory.agency(holder).map(Agency::name).orElse(holder) + "' (" + holder + ")";
    }

    // --- collective phrases

    @Transactional(readOnly = true)
    public List<CollectivePhrase> phrases() {
        return store.phrases();
    }

    /**
     * Adds a phrase with its rule; its agencies are those the rule takes on each plan's
     * date.
     */
    public CollectivePhrase addPhrase(CollectivePhrase draft, String createdBy) {
        List<FieldProblem> errors = new ArrayList<>();
        String phrase = draft.phrase() == null ? "" : draft.phrase().strip().replaceAll("\\s+", " ");
        checkName("phrase", "Cụm từ", " (ví dụ: UBND các huyện, thành phố)", phrase, errors);
        List<String> prefixes = draft.namePrefixes().stream().map(String::strip).filter(p -> !p.isEmpty()).toList();
        for (int i = 0; i < prefixes.size(); i++) {
            if (prefixes.get(i).length() > MAX_NAME_LENGTH || prefixes.get(i).contains(";")) {
                errors.add(new FieldProblem("namePrefixes[" + i + "]", "Phần đầu tên '" + prefixes.get(i)
                        + "' không hợp lệ: tối đa " + MAX_NAME_LENGTH + " ký tự, không có dấu chấm phẩy"));
            }
        }
        List<String> members = draft.members().stream().map(String::strip).distinct().toList();
        for (int i = 0; i < members.size(); i++) {
            if (directory.agency(members.get(i)).isEmpty()) {
                errors.add(new FieldProblem("members[" + i + "]", "Không có cơ quan mã '" + members.get(i) + "'"));
            }
        }
        boolean hasRule = draft.agencyKind() != null || !prefixes.isEmpty() || !members.isEmpty();
        if (draft.vague() && hasRule) {
            errors
                .add(new FieldProblem("vague", "Cụm từ chung chung không chỉ cơ quan nào: bỏ loại cơ quan, phần đầu tên"
                        + " và danh sách cơ quan, hoặc bỏ đánh dấu chung chung"));
        }
        else if (!draft.vague() && !hasRule) {
            errors.add(new FieldProblem("agencyKind", "Hãy cho biết cụm từ chỉ những cơ quan nào: loại cơ quan "
                    + "(agencyKind), phần đầu tên (namePrefixes) hoặc danh sách mã cơ quan (members)"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Optional<String> holder = on(directory.today()).holderOf(phrase);
        if (holder.isPresent()) {
            throw new ConflictException("phrase", "Cụm từ '" + phrase + "' đã dùng cho " + describe(holder.get()));
        }
        long id = store.insertPhrase(
                new CollectivePhrase(0, phrase, draft.agencyKind(), prefixes, members, draft.vague()), createdBy);
        log.info("Collective phrase '{}' added by {}", phrase, createdBy);
        return store.phrase(id).orElseThrow();
    }

    public void deletePhrase(long id) {
        if (!store.deletePhrase(id)) {
            throw new NotFoundException("Không có cụm từ số " + id);
        }
    }

    /** The agencies a phrase stands for on {@code day}. */
    @Transactional(readOnly = true)
    public List<String> agenciesOf(long phraseId, LocalDate day) {
        CollectivePhrase phrase = store.phrase(phraseId)
            .orElseThrow(() -> new NotFoundException("Không có cụm từ số " + phraseId));
        return on(day).agenciesOf(phrase);
    }

}
