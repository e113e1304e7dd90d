package io.cockpit.adapters.mysql.linkedin;

import io.cockpit.domain.account.UserId;
import io.cockpit.domain.linkedin.search.SearchText;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SearchColumnTest {

    private final UserId owner = new UserId("01a235c1-b5a7-77c8-af88-339511c12b38");
    private final String prefix = SearchColumn.prefix(owner);

    @Test
    void holdsEachWordOnceAfterTheOwnersPrefixThenEachPairOfAdjacentWordsOnce() {
        String tokens = SearchColumn.tokens(owner, SearchText.of("Next week, next week: the Angebot"));

        assertThat(List.of(tokens.split(" "))).containsExactly(prefix + "next", prefix + "week", prefix + "the",
                prefix + "angebot", prefix + "_next_week", prefix + "_week_next", prefix + "_week_the",
                prefix + "_the_angebot");
    }

    @Test
    void leavesOutPairsLongerThanInnoDbIndexes() {
        String long37 = "a".repeat(37);
        String long38 = "b".repeat(38);

        // the prefix (9), an underscore, the words and one between them: 84 characters at most
        assertThat(SearchColumn.pairIndexable(long37, "c".repeat(36))).isTrue();
        assertThat(SearchColumn.pairIndexable(long37, long37)).isFalse();
        assertThat(SearchColumn.tokens(owner, SearchText.of(long37 + " " + long38)))
                .isEqualTo(prefix + long37 + " " + prefix + long38);
    }

    @Test
    void marksATextWhosePairsDoNotFitTheColumnInsteadOfWritingThem() {
        StringBuilder many = new StringBuilder("next week ");
        for (int i = 0; many.length() < 9_990; i++) {
            many.append((char) ('a' + i % 26)).append(i / 26).append(' ');
        }

        String tokens = SearchColumn.tokens(owner, SearchText.of(many.toString()));

        assertThat(tokens.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(SearchColumn.MAX_BYTES);
        assertThat(tokens).startsWith(prefix + "next " + prefix + "week ").endsWith(" " + prefix + "_")
                .doesNotContain(prefix + "_next_week");
    }
}
