package io.cockpit.adapters.mysql.linkedin;

import io.cockpit.domain.account.UserId;
import org.junit.jupiter.api.Test;

import java.time.YearMonth;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TokenProbeTest {

    private static final String MONTH = SearchColumn.month(new UserId("01a237b7-652f-749e-adc3-f1d1308f8292"),
            YearMonth.of(2026, 11));

    @Test
    void aClauseOfWholeWordsAndLongWordStartsIsNarrowAShortStartIsNot() {
        assertThat(TokenProbe.narrow(List.of(MONTH + "proposal", MONTH + "pricing"))).isTrue();
        assertThat(TokenProbe.narrow(List.of(MONTH + "conf*"))).isTrue();
        assertThat(TokenProbe.narrow(List.of(MONTH + "se"))).as("a whole short word").isTrue();
        assertThat(TokenProbe.narrow(List.of(MONTH + "con*"))).isFalse();
        assertThat(TokenProbe.narrow(List.of(MONTH + "proposal", MONTH + "se*"))).isFalse();
    }

    @Test
    void aClauseThatAnotherImpliesIsNotNeeded() {
        List<String> sap = List.of(MONTH + "sap");
        List<String> se = List.of(MONTH + "se*");
        List<String> eitherWhole = List.of(MONTH + "sap", MONTH + "se");

        assertThat(new TokenProbe(List.of(sap, se, eitherWhole, sap)).needed()).containsExactly(sap, se);
        assertThat(new TokenProbe(List.of(eitherWhole, se)).needed()).containsExactly(eitherWhole, se);
    }

    @Test
    void onH2TheNarrowClausesAreIntersectedFirstAndTheOthersCheckedOnTheirRows() {
        SearchSource messages = SearchSource.of(io.cockpit.domain.linkedin.search.SearchType.MESSAGES);
        SearchSql sql = new SearchSql();
        new TokenProbe(List.of(List.of(MONTH + "se*"), List.of(MONTH + "proposal"), List.of(MONTH + "pricing*")))
                .appendTo(sql, true, messages, new UserId("01a237b7-652f-749e-adc3-f1d1308f8292"));

        String text = sql.toString();
        assertThat(text).containsOnlyOnce(" INTERSECT ");
        String afterTheFirstIn = text.substring(text.indexOf(") k)") + ") k)".length());
        assertThat(afterTheFirstIn).as("the intersection is the first IN, which H2 looks the rows up by")
                .doesNotContain("INTERSECT");
        assertThat(afterTheFirstIn).as("the short start, on its own after it").contains(" IN (")
                .contains("token >= ?");
    }
}
