package vn.gov.oversight.organization;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The forms under which agency names are compared. Officials write the same name in many
 * ways: old and new tone placement ("Hoà"/"Hòa", "Thuỷ"/"Thủy"), composed or decomposed
 * Unicode, "&" for "và", hyphens, spaces, "UBND" for "Ủy ban nhân dân". The {@link #key}
 * of all of these is one string, while names that differ by a letter or a diacritic keep
 * different keys: only the last fallback of suggestions, {@link #bare}, drops diacritics.
 */
final class NameKeys {

    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");

    private static final Pattern COMBINING = Pattern.compile("\\p{M}+");

    /**
     * Tone marks, wherever a writer put them; the vowel's own marks (ˆ, ˘, horn) stay
     * where they are.
     */
    private static final String TONES = "\u0300\u0301\u0303\u0309\u0323";

    /** Abbreviations that stand for the same words in every province's names. */
    private static final Map<String, String> WORDS = Map.of("ubnd", "ủy ban nhân dân", "hđnd", "hội đồng nhân dân",
            "tp", "thành phố", "mttq", "mặt trận tổ quốc", "ub", "ủy ban");

    private static final Map<String, List<String>> EXPANSIONS = expansions();

    private static final String AND = syllable("và");

    private NameKeys() {
    }

    /**
     * The comparison key: lower case, each syllable with its tone moved to its end, "và",
     * "&", punctuation and spaces dropped, common abbreviations spelled out. "Sở
     * LĐ-TB&XH" and "sở lđtbxh" share a key; "Sở Y tế" and "Sở Y tê" do not.
     */
    static String key(String name) {
        return String.join("", tokens(name));
    }

    /**
     * The key's syllables in alphabetical order: the same words written in another order
     * share it.
     */
    static String unordered(String name) {
        List<String> tokens = new ArrayList<>(tokens(name));
        tokens.sort(null);
        return String.join(" ", tokens);
    }

    /**
     * Without any diacritic, "đ" as "d", single spaces: for ranking suggestions only,
     * never for a match.
     */
    static String bare(String name) {
        List<String> words = new ArrayList<>();
        for (String token : tokens(name)) {
            String toneless = token.replaceAll("(?<=\\p{L})\\d$", "");
            words.add(COMBINING.matcher(Normalizer.normalize(toneless, Normalizer.Form.NFD))
                .replaceAll("")
                .replace('đ', 'd'));
        }
        return String.join(" ", words);
    }

    /** The key's syllables, abbreviations spelled out, "và" left out. */
    static List<String> tokens(String name) {
        String lower = Normalizer.normalize(name, Normalizer.Form.NFC).toLowerCase(Locale.ROOT).replace("&", " và ");
        List<String> tokens = new ArrayList<>();
        for (String word : NOT_LETTER_OR_DIGIT.split(lower)) {
            if (word.isEmpty()) {
                continue;
            }
            String syllable = syllable(word);
            if (syllable.equals(AND)) {
                continue;
            }
            tokens.addAll(EXPANSIONS.getOrDefault(syllable, List.of(syllable)));
        }
        return tokens;
    }

    /**
     * "hoà", "hòa" → "hoa2": the letters in NFC without tone, then the tone's number
     * (none for level tone).
     */
    private static String syllable(String word) {
        String decomposed = Normalizer.normalize(word, Normalizer.Form.NFD);
        StringBuilder letters = new StringBuilder();
        int tone = 0;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            int index = TONES.indexOf(c);
            if (index >= 0) {
                tone = index + 1;
            }
            else {
                letters.append(c);
            }
        }
        String base = Normalizer.normalize(letters, Normalizer.Form.NFC);
        return tone == 0 ? base : base + tone;
    }

    private static Map<String, List<String>> expansions() {
        Map<String, List<String>> expansions = new HashMap<>();
        WORDS.forEach((abbreviation, words) -> expansions.put(syllable(abbreviation),
                Arrays.stream(NOT_LETTER_OR_DIGIT.split(words)).map(NameKeys::syllable).toList()));
        return Map.copyOf(expansions);
    }

}
