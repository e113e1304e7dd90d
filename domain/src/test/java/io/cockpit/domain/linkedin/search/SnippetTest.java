package io.cockpit.domain.linkedin.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SnippetTest {

    @Test
    void marksWholeWordsOfPrefixesInTheOriginalTextAndEscapesIt() {
        assertThat(Snippet.of("Ärger mit <Müller> & Söhne's Acquisition", SearchQuery.parse("muller acq")))
                .contains("Ärger mit &lt;<mark>Müller</mark>&gt; &amp; Söhne&#39;s <mark>Acquisition</mark>");
        assertThat(Snippet.of("Straße und Strasse", SearchQuery.parse("strasse")))
                .contains("<mark>Straße</mark> und <mark>Strasse</mark>");
        assertThat(Snippet.of("Head of Sales, head of sales", SearchQuery.parse("\"head of\"")))
                .contains("<mark>Head of</mark> Sales, <mark>head of</mark> sales");
        assertThat(Snippet.of("nothing here", SearchQuery.parse("muller"))).isEmpty();
    }

    @Test
    void cutsLongTextsAroundTheFirstMatch() {
        String text = "x".repeat(300) + " Angebot " + "y".repeat(300);

        String snippet = Snippet.of(text, SearchQuery.parse("angebot")).orElseThrow();

        assertThat(snippet).startsWith("…").endsWith("…").contains("<mark>Angebot</mark>");
        assertThat(snippet.replace("<mark>", "").replace("</mark>", "")).hasSize(Snippet.WIDTH + 2);
    }

    @Test
    void neverCutsInsideACharacterAsTheReaderSeesIt() {
        String thumbs = "\ud83d\udc4d\ud83c\udffd";
        String namaste = "\u0928\u092e\u0938\u094d\u0924\u0947";
        for (int shift = 0; shift < 8; shift++) {
            String text = "a".repeat(shift) + (thumbs + namaste).repeat(30) + " Angebot " + (namaste + thumbs).repeat(30);

            String snippet = Snippet.of(text, SearchQuery.parse("angebot")).orElseThrow();
            String plain = Snippet.plain(text);

            for (String cut : new String[] {snippet, plain}) {
                String inner = cut.replace("<mark>", "").replace("</mark>", "").replace("…", "");
                assertThat(text).as("shift " + shift).contains(inner);
                assertThat(text.indexOf(inner) == 0 || !Character.isLowSurrogate(inner.charAt(0))
                        && Character.getType(inner.codePointAt(0)) != Character.NON_SPACING_MARK
                        && Character.getType(inner.codePointAt(0)) != Character.COMBINING_SPACING_MARK
                        && !inner.startsWith("\ud83c\udffd")).as("starts at a whole character: " + shift).isTrue();
                String last = inner.substring(inner.length() - 2);
                assertThat(last.equals("\ud83d\udc4d") || last.equals("\u094d\u0924")
                        || last.charAt(1) == '\u0938').as("ends before a split character: " + shift).isFalse();
            }
        }
    }

    @Test
    void foldsDecomposedAccentsAndEmojiWithoutSplittingWords() {
        assertThat(SearchText.of("Mu\u0308ller 👍 François")).isEqualTo(" muller francois ");
        assertThat(Snippet.of("Mu\u0308ller 👍", SearchQuery.parse("muller"))).contains("<mark>Mu\u0308ller</mark> 👍");
    }
}
