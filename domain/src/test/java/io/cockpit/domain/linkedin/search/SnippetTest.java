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
    void foldsDecomposedAccentsAndEmojiWithoutSplittingWords() {
        assertThat(SearchText.of("Mu\u0308ller 👍 François")).isEqualTo(" muller francois ");
        assertThat(Snippet.of("Mu\u0308ller 👍", SearchQuery.parse("muller"))).contains("<mark>Mu\u0308ller</mark> 👍");
    }
}
