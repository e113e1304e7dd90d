package io.cockpit.domain.linkedin.search;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A field's text with what the query found marked: HTML-escaped, each match in {@code <mark>...</mark>} (a word
 * prefix marks its whole word), cut to about {@link #WIDTH} characters around the first match.
 */
public final class Snippet {

    public static final int WIDTH = 160;
    private static final int BEFORE = 40;

    private Snippet() {
    }

    /** The snippet of {@code text}, or empty when no required term of the query matches in it. */
    public static Optional<String> of(String text, SearchQuery query) {
        SearchText.Folded folded = SearchText.fold(text);
        String padded = " " + folded.text() + " ";
        List<int[]> found = new ArrayList<>();
        for (SearchQuery.Term term : query.required()) {
            String pattern = term.pattern();
            int from = 0;
            int at;
            while ((at = padded.indexOf(pattern, from)) >= 0) {
                int start = at;
                int end = start + term.words().length();
                if (!term.phrase()) {
                    while (end < folded.text().length() && folded.text().charAt(end) != ' ') {
                        end++;
                    }
                }
                found.add(new int[] {folded.origin()[start], folded.origin()[Math.min(end, folded.text().length())]});
                from = at + 1;
            }
        }
        if (found.isEmpty()) {
            return Optional.empty();
        }
        found.sort(Comparator.comparingInt(range -> range[0]));
        List<int[]> marks = new ArrayList<>();
        for (int[] range : found) {
            if (!marks.isEmpty() && range[0] <= marks.getLast()[1]) {
                marks.getLast()[1] = Math.max(marks.getLast()[1], range[1]);
            } else {
                marks.add(range.clone());
            }
        }
        int windowStart = text.length() <= WIDTH ? 0 : Math.max(0, Math.min(marks.getFirst()[0] - BEFORE,
                text.length() - WIDTH));
        int windowEnd = Math.min(text.length(), windowStart + WIDTH);
        BreakIterator characters = characters(text);
        windowStart = safe(characters, text, windowStart);
        windowEnd = safe(characters, text, windowEnd);
        StringBuilder out = new StringBuilder(WIDTH + 40);
        if (windowStart > 0) {
            out.append('…');
        }
        int at = windowStart;
        for (int[] mark : marks) {
            int start = Math.max(mark[0], windowStart);
            int end = Math.min(mark[1], windowEnd);
            if (start >= end) {
                continue;
            }
            escape(text, at, start, out);
            out.append("<mark>");
            escape(text, start, end, out);
            out.append("</mark>");
            at = end;
        }
        escape(text, at, windowEnd, out);
        if (windowEnd < text.length()) {
            out.append('…');
        }
        return Optional.of(out.toString());
    }

    /** The start of {@code text}, escaped, without marks. */
    public static String plain(String text) {
        int end = safe(characters(text), text, Math.min(text.length(), WIDTH));
        StringBuilder out = new StringBuilder(end + 8);
        escape(text, 0, end, out);
        return end < text.length() ? out.append('…').toString() : out.toString();
    }

    /**
     * Never inside a user-perceived character (an extended grapheme cluster: a surrogate pair, an emoji with its
     * skin tone or joined parts, a letter with its combining marks or vowel signs): at its start instead.
     */
    private static int safe(BreakIterator characters, String text, int index) {
        if (index <= 0 || index >= text.length()) {
            return index;
        }
        return characters.isBoundary(index) ? index : characters.preceding(index);
    }

    /** The user-perceived characters of {@code text}, set up once for both ends of a snippet. */
    private static BreakIterator characters(String text) {
        BreakIterator characters = BreakIterator.getCharacterInstance(Locale.ROOT);
        characters.setText(text);
        return characters;
    }

    private static void escape(String text, int from, int to, StringBuilder out) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
    }
}
