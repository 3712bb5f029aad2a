package vn.gov.oversight.organization;

import java.time.LocalDate;
import java.util.List;

/**
 * A phrase of appendices that stands for several agencies ("UBND các huyện, thành phố"),
 * and its rule: the agencies of {@code agencyKind} (any kind when null) whose name begins
 * with one of {@code namePrefixes} (any name when empty), plus {@code members}; a
 * {@code vague} phrase ("các cơ quan liên quan") names no agency.
 */
record CollectivePhrase(long id, String phrase, AgencyKind agencyKind, List<String> namePrefixes, List<String> members,
        boolean vague) {

    public CollectivePhrase {
        namePrefixes = namePrefixes == null ? List.of() : List.copyOf(namePrefixes);
        members = members == null ? List.of() : List.copyOf(members);
    }

    /**
     * Whether the rule, without its explicit members, takes this agency on {@code day}.
     */
    boolean ruleTakes(Agency agency, LocalDate day) {
        if (vague || !agency.isValidOn(day) || (agencyKind == null && namePrefixes.isEmpty())) {
            return false;
        }
        if (agencyKind != null && agency.kind() != agencyKind) {
            return false;
        }
        String name = NameKeys.key(agency.name());
        return namePrefixes.isEmpty()
                || namePrefixes.stream().anyMatch(prefix -> name.startsWith(NameKeys.key(prefix)));
    }
}
