package io.cockpit.domain.linkedin.search;

import io.cockpit.domain.shared.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SearchQueryTest {

    @Test
    void foldsWordsAndKeepsPhrasesAndExclusionsApart() {
        SearchQuery query = SearchQuery.parse("Müller \"Head of  Sales\" -François -\"vice president\" +acq*");

        assertThat(query.required()).containsExactly(new SearchQuery.Term("muller", false),
                new SearchQuery.Term("head of sales", true), new SearchQuery.Term("acq", false));
        assertThat(query.excluded()).containsExactly(new SearchQuery.Term("francois", false),
                new SearchQuery.Term("vice president", true));
        assertThat(query.required().get(1).pattern()).isEqualTo(" head of sales ");
        assertThat(query.required().get(0).pattern()).isEqualTo(" muller");
    }

    @Test
    void matchesWordStartsWholePhrasesAndNoExclusion() {
        String text = SearchText.of("Jana Müller", "Head of Acquisitions", "Acme GmbH");

        assertThat(text).isEqualTo(" jana muller head of acquisitions acme gmbh ");
        assertThat(SearchQuery.parse("acq MULLER").matches(text)).isTrue();
        assertThat(SearchQuery.parse("uller").matches(text)).isFalse();
        assertThat(SearchQuery.parse("\"head of\"").matches(text)).isTrue();
        assertThat(SearchQuery.parse("\"head of acq\"").matches(text)).isFalse();
        assertThat(SearchQuery.parse("jana -gmbh").matches(text)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "+-*\"\"()~<>@", "-jana", "-\"head of\"", "\"", "* * *"})
    void aTextWithoutAWordToFindIsRefused(String text) {
        assertThatThrownBy(() -> SearchQuery.parse(text)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo("search.query_unusable"));
    }

    @Test
    void refusesOverLongTextsAndTooManyTerms() {
        assertThat(SearchQuery.parse("ä".repeat(200)).required()).hasSize(1);
        assertThatThrownBy(() -> SearchQuery.parse("a".repeat(201))).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> SearchQuery.parse("w ".repeat(SearchQuery.MAX_TERMS + 1)))
                .isInstanceOf(DomainException.class);
    }
}
