package io.cockpit.domain.linkedin.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SearchTextTest {

    @Test
    void foldsAsciiByHandAsTheDecompositionWould() {
        for (int cp = 0; cp < 128; cp++) {
            assertThat(SearchText.folded(cp)).as("U+%04X", cp).isEqualTo(SearchText.unfolded(cp));
        }
    }

    @Test
    void keepsWhatItWorkedOutForEveryOtherCodePointAlike() {
        int[] sample = {'ü', 'Ü', 'ß', 'é', 'Ø', 'ı', 'İ', 'Σ', 'ж', 'ﬁ', '²', '\u0301', '\u200B', '\u00A0',
            'x' + 0x10000, 0x1F44D, 0x1D400, 0xFFFF};
        for (int round = 0; round < 3; round++) {
            for (int cp : sample) {
                assertThat(SearchText.folded(cp)).as("U+%04X round %d", cp, round).isEqualTo(SearchText.unfolded(cp));
            }
        }
        assertThat(SearchText.folded('\u0301')).as("a combining accent is dropped, also when met again").isNull();
        assertThat(SearchText.folded('ﬁ')).isEqualTo("fi");
        assertThat(SearchText.folded(0x1D400)).as("mathematical bold A, outside the BMP").isEqualTo("a");
    }

    @Test
    void foldsWordsBetweenSingleSpaces() {
        assertThat(SearchText.of("  Jana MÜLLER-Lüdenscheidt,", null, "Straße 12 ½")).as("½ is no digit")
                .isEqualTo(" jana muller ludenscheidt strasse 12 ");
        assertThat(SearchText.words("İstanbul")).isEqualTo("istanbul");
    }
}
