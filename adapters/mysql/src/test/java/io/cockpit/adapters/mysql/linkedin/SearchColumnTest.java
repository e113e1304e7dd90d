package io.cockpit.adapters.mysql.linkedin;

import io.cockpit.domain.account.UserId;
import io.cockpit.domain.linkedin.search.SearchText;
import org.junit.jupiter.api.Test;

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
}
