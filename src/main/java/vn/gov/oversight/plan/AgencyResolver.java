package vn.gov.oversight.plan;

import java.util.List;
import java.util.Optional;

/**
 * Finds what a user wrote in an agency cell: an agency of the directory, a collective
 * phrase standing for several, or nothing. The reader has already collapsed inner runs of
 * whitespace and put the text in Unicode NFC. The simplest resolver only knows codes and
 * exact names ({@link #codeOf}); the application's resolves other names and phrases too
 * ({@link #resolve}).
 */
@FunctionalInterface
interface AgencyResolver {

    /** The agency's code, or empty when no agency has that code or name. */
    Optional<String> codeOf(String codeOrName);

    /**
     * What the text stands for; by default an agency by {@link #codeOf}, else unknown
     * without suggestions.
     */
    default Resolution resolve(String written) {
        return codeOf(written).<Resolution>map(Resolution.Agency::new)
            .orElseGet(() -> new Resolution.Unknown(List.of()));
    }

    sealed interface Resolution permits Resolution.Agency, Resolution.Phrase, Resolution.Unknown {

        record Agency(String code) implements Resolution {
        }

        /**
         * A collective phrase and the agencies it stands for on the plan's date; a vague
         * one stands for none.
         */
        record Phrase(String phrase, List<String> codes, boolean vague) implements Resolution {
        }

        /** Neither: the closest agencies, best first. */
        record Unknown(List<Suggestion> suggestions) implements Resolution {
        }

    }

    /** An agency a user may have meant. */
    record Suggestion(String code, String name) {
    }

}
