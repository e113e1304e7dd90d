package io.cockpit.domain.linkedin.search;

import org.junit.jupiter.api.Test;

import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;

class SearchTextTest {

    @Test
    void foldsAsciiByHandAsTheDecompositionWould() {
        for (int cp = 0; cp < 128; cp++) {
            assertThat(SearchText.folded(cp)).as("U+%04X", cp).isEqualTo(SearchText.unfolded(cp));
        }
    }

    @Test
    void foldsEveryOtherCodePointAsWorkedOutAlsoWhenMetAgain() {
        for (int round = 0; round < 2; round++) {
            for (int cp = 128; cp <= Character.MAX_VALUE; cp++) {
                String folded = SearchText.folded(cp);
                if (!Objects.equals(folded, SearchText.unfolded(cp))) {
                    assertThat(folded).as("U+%04X round %d", cp, round).isEqualTo(SearchText.unfolded(cp));
                }
            }
        }
    }

    @Test
    void foldsLettersMarksAndSeparatorsAsSearchComparesThem() {
        assertThat(SearchText.folded('ü')).isEqualTo("u");
        assertThat(SearchText.folded('Ü')).isEqualTo("u");
        assertThat(SearchText.folded('ß')).isEqualTo("ss");
        assertThat(SearchText.folded('ı')).isEqualTo("i");
        assertThat(SearchText.folded('İ')).isEqualTo("i");
        assertThat(SearchText.folded('ﬁ')).isEqualTo("fi");
        assertThat(SearchText.folded('ж')).isEqualTo("ж");
        assertThat(SearchText.folded('²')).as("a superscript is no digit").isEmpty();
        for (int round = 0; round < 2; round++) {
            assertThat(SearchText.folded('\u0301')).as("a combining accent is dropped, also when met again").isNull();
            assertThat(SearchText.folded('\u200B')).as("a zero-width space is a format character").isNull();
        }
        assertThat(SearchText.folded(0x1D400)).as("mathematical bold A, outside the BMP").isEqualTo("a");
        assertThat(SearchText.folded(0x1F44D)).as("an emoji separates words").isEmpty();
    }

    @Test
    void foldsWordsBetweenSingleSpaces() {
        assertThat(SearchText.of("  Jana MÜLLER-Lüdenscheidt,", null, "Straße 12 ½")).as("½ is no digit")
                .isEqualTo(" jana muller ludenscheidt strasse 12 ");
        assertThat(SearchText.words("İstanbul")).isEqualTo("istanbul");
        assertThat(SearchText.words("Mu\u0308ller\u200Bhaus")).isEqualTo("mullerhaus");
    }
}
