package vn.gov.oversight.organization;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * How alike two bare names are, from 0 to 1: the better of shared words and shared
 * letters in order.
 */
final class Similarity {

    private Similarity() {
    }

    static double of(String a, String b) {
        return Math.max(words(a, b), letters(a.replace(" ", ""), b.replace(" ", "")));
    }

    /** Dice coefficient of the two sets of words. */
    static double words(String a, String b) {
        Set<String> left = new HashSet<>(Arrays.asList(a.split(" ")));
        Set<String> right = new HashSet<>(Arrays.asList(b.split(" ")));
        int total = left.size() + right.size();
        left.retainAll(right);
        return total == 0 ? 0 : 2.0 * left.size() / total;
    }

    /** One less the edit distance over the longer length. */
    static double letters(String a, String b) {
        int longer = Math.max(a.length(), b.length());
        return longer == 0 ? 1 : 1 - (double) distance(a, b) / longer;
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

}
