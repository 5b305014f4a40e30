package org.filmclub.film;

import org.jsoup.Jsoup;

/** Length of an essay as a reader feels it: words, and minutes at an unhurried 230 words a minute. */
public record EssayStats(int words, int readingMinutes) {

    static final int WORDS_PER_MINUTE = 230;

    /** Counts what a reader reads: the rendered text, without Markdown marks or link addresses. */
    public static EssayStats ofHtml(String html) {
        return of(Jsoup.parse(html).text());
    }

    static EssayStats of(String text) {
        var words = 0;
        var inWord = false;
        for (var i = 0; i < text.length(); i++) {
            var letterOrDigit = Character.isLetterOrDigit(text.charAt(i));
            if (letterOrDigit && !inWord) {
                words++;
            }
            inWord = letterOrDigit || (inWord && isJoiner(text.charAt(i)));
        }
        return new EssayStats(words, words == 0 ? 0 : Math.max(1, Math.round(words / (float) WORDS_PER_MINUTE)));
    }

    /** Apostrophes and hyphens keep "Theodore’s" and "long-time" one word each. */
    private static boolean isJoiner(char c) {
        return c == '\'' || c == '’' || c == '-';
    }

    public String describe() {
        return String.format("%,d words · %d min read", words, readingMinutes);
    }
}
