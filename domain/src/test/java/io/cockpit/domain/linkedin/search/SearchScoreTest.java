package io.cockpit.domain.linkedin.search;

import io.cockpit.domain.shared.ItemId;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SearchScoreTest {

    private static int score(SearchType type, String name, String text, String query) {
        return SearchScore.of(type, SearchText.of(name), SearchText.of(text), SearchQuery.parse(query));
    }

    @Test
    void whereItMatchedThenWholeWordsAbovePrefixes() {
        assertThat(score(SearchType.CONTACTS, "Jana Müller", "Jana Müller Head of Sales", "muller")).isEqualTo(402);
        assertThat(score(SearchType.CONTACTS, "Jana Müllerová", "Jana Müllerová", "muller")).isEqualTo(401);
        assertThat(score(SearchType.CONTACTS, "Max Weber", "Max Weber Müller GmbH", "muller")).isEqualTo(302);
        assertThat(score(SearchType.CONVERSATIONS, "", "Angebot Müller", "muller angebot")).isEqualTo(204);
        assertThat(score(SearchType.MESSAGES, "", "Die Angebotsnummer für Müller", "muller angebot"))
                .isEqualTo(103);
        assertThat(score(SearchType.MESSAGES, "", "head of sales", "\"head of\" sal")).isEqualTo(103);
        assertThat(SearchScore.max(SearchType.MESSAGES, SearchQuery.parse("a b -c"))).isEqualTo(104);
        assertThat(SearchScore.max(SearchType.CONTACTS, SearchQuery.parse("a"))).isEqualTo(402);
    }

    @Test
    void ordersByScoreThenNewestThenTypeThenId() {
        Instant t = Instant.parse("2026-11-20T09:00:00Z");
        SearchPosition best = new SearchPosition(402, Instant.EPOCH, SearchType.CONTACTS, new ItemId(id(1)));
        SearchPosition newer = new SearchPosition(102, t.plusSeconds(1), SearchType.MESSAGES, new ItemId(id(1)));
        SearchPosition contact = new SearchPosition(102, t, SearchType.CONTACTS, new ItemId(id(1)));
        SearchPosition higherId = new SearchPosition(102, t, SearchType.MESSAGES, new ItemId(id(9)));
        SearchPosition lowerId = new SearchPosition(102, t, SearchType.MESSAGES, new ItemId(id(2)));
        SearchPosition worst = new SearchPosition(101, t.plusSeconds(99), SearchType.MESSAGES, new ItemId(id(3)));
        List<SearchPosition> shuffled = new ArrayList<>(List.of(worst, lowerId, best, higherId, contact, newer));
        Collections.shuffle(shuffled);
        Collections.sort(shuffled);

        assertThat(shuffled).containsExactly(best, newer, contact, higherId, lowerId, worst);
    }

    private static String id(int last) {
        return "00000000-0000-4000-8000-00000000000" + last;
    }
}
