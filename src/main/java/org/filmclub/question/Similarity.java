package org.filmclub.question;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Whether two questions ask much the same thing: most of their meaningful words are shared. */
final class Similarity {

    static final double THRESHOLD = 0.6;
    private static final Set<String> LITTLE_WORDS = Set.of(
            "the", "and", "for", "are", "was", "why", "what", "how", "does", "did", "you", "this", "that", "with",
            "about", "would", "could", "should", "its", "his", "her", "they", "their", "them", "who", "whom", "is", "a",
            "an", "of", "to", "in", "on", "it", "do");

    private Similarity() {}

    static boolean alike(String a, String b) {
        var left = words(a);
        var right = words(b);
        if (left.isEmpty() || right.isEmpty()) {
            return normalize(a).equals(normalize(b));
        }
        var shared = new HashSet<>(left);
        shared.retainAll(right);
        var all = new HashSet<>(left);
        all.addAll(right);
        return shared.size() / (double) all.size() >= THRESHOLD;
    }

    private static Set<String> words(String text) {
        return Arrays.stream(normalize(text).split(" "))
                .filter(w -> w.length() > 2 && !LITTLE_WORDS.contains(w))
                .map(Similarity::stem)
                .collect(Collectors.toSet());
    }

    /** "grows", "growing" and "grow" are one word here. */
    private static String stem(String word) {
        for (var ending : new String[] {"ing", "ed", "es", "s"}) {
            if (word.length() > ending.length() + 3 && word.endsWith(ending)) {
                return word.substring(0, word.length() - ending.length());
            }
        }
        return word;
    }

    private static String normalize(String text) {
        var plain = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", " ")
                .strip();
    }
}
