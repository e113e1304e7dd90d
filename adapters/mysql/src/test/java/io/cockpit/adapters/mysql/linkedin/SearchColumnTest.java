package io.cockpit.adapters.mysql.linkedin;

import io.cockpit.domain.account.UserId;
import io.cockpit.domain.linkedin.search.SearchText;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SearchColumnTest {

    private final UserId owner = new UserId("01a235c1-b5a7-77c8-af88-339511c12b38");
    private final String prefix = SearchColumn.prefix(owner);

    @Test
    void holdsEachWordOnceAfterTheOwnersPrefix() {
        String tokens = SearchColumn.tokens(owner, SearchText.of("Next week, next week: the Angebot"));

        assertThat(prefix).matches("[0-9a-f]{8}_");
        assertThat(List.of(tokens.split(" "))).containsExactly(prefix + "next", prefix + "week", prefix + "the",
                prefix + "angebot");
    }

    @Test
    void putsTheMonthAMessageWasSentInAfterThePrefix() {
        String tokens = SearchColumn.messageTokens(owner, Instant.parse("2025-11-30T23:59:59.999Z"),
                SearchText.of("Next week, next week"));

        assertThat(List.of(tokens.split(" "))).containsExactly(prefix + "202511_next", prefix + "202511_week");
        assertThat(SearchColumn.month(owner, YearMonth.of(2025, 11))).isEqualTo(prefix + "202511_");
        assertThat(SearchColumn.messageTokens(owner, Instant.parse("2025-12-01T00:00:00Z"), SearchText.of("week")))
                .as("months are UTC months").isEqualTo(prefix + "202512_week");
    }

    @Test
    void addsTheWordsOfAContactsNameAfterASecondUnderscore() {
        String tokens = SearchColumn.contactTokens(owner, SearchText.of("Jana Müller", "Head of Sales"),
                SearchText.of("Jana Müller"));

        assertThat(List.of(tokens.split(" "))).containsExactly(prefix + "jana", prefix + "muller", prefix + "head",
                prefix + "of", prefix + "sales", prefix + "_jana", prefix + "_muller");
        assertThat(SearchColumn.name(owner)).isEqualTo(prefix + "_");
    }

    @Test
    void knowsWhichTokensInnoDbIndexes() {
        assertThat(SearchColumn.indexable(prefix + "202511_" + "a".repeat(84 - 16))).isTrue();
        assertThat(SearchColumn.indexable(prefix + "202511_" + "a".repeat(85 - 16))).isFalse();
    }
}
