package vn.gov.oversight.organization;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The directory's names as of one day, ready to resolve what people write in an appendix:
 * a code, a name or another name of an agency, or a collective phrase. Made once per
 * import by {@link AgencyNames#on}; reads nothing more from the database.
 */
public final class AgencyNameLookup {

    /** What a written name stands for. */
    public sealed interface Match permits One, Several, Unknown {

    }

    /** One agency of the directory. */
    public record One(String code) implements Match {
    }

    /**
     * A collective phrase: the agencies it stands for on the day (their successors when
     * they have been succeeded), none for a vague phrase.
     */
    public record Several(String phrase, List<String> codes, boolean vague) implements Match {
    }

    /** No agency nor phrase: the closest agencies, best first. */
    public record Unknown(List<Suggestion> suggestions) implements Match {
    }

    public record Suggestion(String code, String name) {
    }

    static final int MAX_SUGGESTIONS = 3;

    private static final double MIN_SIMILARITY = 0.45;

    // Longer texts are not names; comparing them only costs time.
    private static final int MAX_COMPARED_LENGTH = 300;

    private final LocalDate day;

    private final LocalDate today;

    private final Map<String, Agency> byCode = new HashMap<>();

    private final Map<String, List<String>> codesByKey = new HashMap<>();

    private final Map<String, List<String>> codesByUnorderedKey = new HashMap<>();

    private final Map<String, CollectivePhrase> phrasesByKey = new HashMap<>();

    private final Map<String, Set<String>> bareNamesByCode = new HashMap<>();

    private final Map<String, String> successors = new HashMap<>();

    private final List<Agency> agencies;

    private final String provinceSuffix;

    private final String province;

    /**
     * @param day the plan's date, on which phrases are evaluated
     * @param today agencies a phrase takes must still exist today (themselves or their
     * successors) to be given work
     * @param province the province's name ("Ninh Bình"): "… tỉnh Ninh Bình" and "… tỉnh"
     * are the same name
     */
    AgencyNameLookup(LocalDate day, LocalDate today, List<Agency> agencies, List<AgencyAlias> aliases,
            List<CollectivePhrase> phrases, List<Succession> successions, String province) {
        this.day = day;
        this.today = today;
        this.province = province == null || province.isBlank() ? "" : NameKeys.key(province);
        this.provinceSuffix = this.province.isEmpty() ? "" : NameKeys.key("tỉnh " + province);
        this.agencies = List.copyOf(agencies);
        for (Succession succession : successions) {
            // a split without a default successor has no single heir: the phrase leaves
            // the ended agency out
            if (succession.appliedAt() != null && succession.successorCode() != null) {
                successors.put(succession.predecessorCode(), succession.successorCode());
            }
        }
        for (Agency agency : agencies) {
            byCode.put(agency.code(), agency);
            addName(agency.code(), agency.name());
        }
        for (AgencyAlias alias : aliases) {
            if (byCode.containsKey(alias.agencyCode())) {
                addName(alias.agencyCode(), alias.alias());
            }
        }
        for (CollectivePhrase phrase : phrases) {
            phrasesByKey.putIfAbsent(NameKeys.key(phrase.phrase()), phrase);
        }
    }

    private void addName(String code, String name) {
        String key = NameKeys.key(name);
        codesByKey.computeIfAbsent(key, k -> new ArrayList<>()).add(code);
        if (!provinceSuffix.isEmpty() && key.endsWith(provinceSuffix)) {
            codesByKey.computeIfAbsent(withoutProvince(key), k -> new ArrayList<>()).add(code);
        }
        codesByUnorderedKey.computeIfAbsent(NameKeys.unordered(name), k -> new ArrayList<>()).add(code);
        bareNamesByCode.computeIfAbsent(code, c -> new LinkedHashSet<>()).add(NameKeys.bare(name));
    }

    public LocalDate day() {
        return day;
    }

    /** The agency's name, or its code when the directory has no such agency. */
    public String nameOf(String code) {
        Agency agency = byCode.get(code);
        return agency == null ? code : agency.name();
    }

    /**
     * What {@code written} stands for: an agency by its code, its name or another name
     * (case, tone placement, Unicode form, "&"/"và", hyphens and spaces ignored, then
     * word order ignored), else a collective phrase, else nothing, with the closest
     * agencies.
     */
    public Match resolve(String written) {
        String text = written == null ? "" : written.strip();
        if (text.isEmpty()) {
            return new Unknown(List.of());
        }
        String code = text.toLowerCase(Locale.ROOT);
        if (byCode.containsKey(code)) {
            return new One(code);
        }
        String key = NameKeys.key(text);
        Optional<String> named = named(key);
        if (named.isPresent()) {
            return new One(named.get());
        }
        CollectivePhrase phrase = phrasesByKey.get(key);
        if (phrase != null) {
            return new Several(phrase.phrase(), agenciesOf(phrase), phrase.vague());
        }
        Optional<String> reordered = preferred(codesByUnorderedKey.get(NameKeys.unordered(text)));
        if (reordered.isPresent()) {
            return new One(reordered.get());
        }
        return new Unknown(suggestionsFor(text));
    }

    /** "…tỉnh Ninh Bình" → "…tỉnh", as keys; other keys unchanged. */
    private String withoutProvince(String key) {
        return !provinceSuffix.isEmpty() && key.endsWith(provinceSuffix)
                ? key.substring(0, key.length() - province.length()) : key;
    }

    /** Whether a name or alias of another agency, or a phrase, already has this key. */
    Optional<String> holderOf(String name) {
        String key = NameKeys.key(name);
        Optional<String> named = named(key);
        if (named.isPresent()) {
            return named;
        }
        CollectivePhrase phrase = phrasesByKey.get(key);
        return phrase == null ? Optional.empty() : Optional.of("'" + phrase.phrase() + "'");
    }

    /**
     * The agencies a phrase stands for on the day, each replaced by its successor if it
     * has one, in directory order; those that exist no more today, with no successor, are
     * left out: there is nobody to give work to.
     */
    List<String> agenciesOf(CollectivePhrase phrase) {
        Set<String> codes = new LinkedHashSet<>();
        for (Agency agency : agencies) {
            if (phrase.ruleTakes(agency, day)
                    || (!phrase.vague() && phrase.members().contains(agency.code()) && agency.isValidOn(day))) {
                String current = current(agency.code());
                Agency carrier = byCode.get(current);
                if (carrier != null && carrier.isValidOn(today.isBefore(day) ? day : today)) {
                    codes.add(current);
                }
            }
        }
        return List.copyOf(codes);
    }

    private Optional<String> named(String key) {
        return preferred(codesByKey.get(key)).or(() -> preferred(codesByKey.get(withoutProvince(key))));
    }

    /** Among agencies sharing a name: one that exists on the day, else the first. */
    private Optional<String> preferred(List<String> codes) {
        if (codes == null || codes.isEmpty()) {
            return Optional.empty();
        }
        List<String> distinct = codes.stream().distinct().toList();
        return distinct.stream()
            .filter(c -> byCode.get(c).isValidOn(day))
            .findFirst()
            .or(() -> Optional.of(distinct.get(0)));
    }

    private String current(String code) {
        String current = code;
        Set<String> seen = new HashSet<>();
        while (successors.containsKey(current) && seen.add(current)) {
            current = successors.get(current);
        }
        return current;
    }

    /**
     * The agencies existing on the day whose names look most like the text, diacritics
     * ignored as a last resort.
     */
    public List<Suggestion> suggestionsFor(String written) {
        String text = written.length() > MAX_COMPARED_LENGTH ? written.substring(0, MAX_COMPARED_LENGTH) : written;
        String bare = NameKeys.bare(text);
        if (bare.isEmpty()) {
            return List.of();
        }
        record Scored(Agency agency, double score) {
        }
        List<Scored> scored = new ArrayList<>();
        for (Agency agency : agencies) {
            if (!agency.isValidOn(day) || successors.containsKey(agency.code())) {
                continue;
            }
            double best = 0;
            for (String name : bareNamesByCode.getOrDefault(agency.code(), Set.of())) {
                best = Math.max(best, Similarity.of(bare, name));
            }
            if (best >= MIN_SIMILARITY) {
                scored.add(new Scored(agency, best));
            }
        }
        return scored.stream()
            .sorted(Comparator.comparingDouble(Scored::score).reversed().thenComparing(s -> s.agency().code()))
            .limit(MAX_SUGGESTIONS)
            .map(s -> new Suggestion(s.agency().code(), s.agency().name()))
            .toList();
    }

}
