package io.cockpit.adapters.http.handler;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ETagsTest {

    @Test
    void ifMatchTakesStarOrAListOfStrongTags() {
        assertThat(ETags.ifMatch(" * ").any()).isTrue();
        assertThat(ETags.ifMatch("\"3\"").accepts(3)).isTrue();
        assertThat(ETags.ifMatch("\"2\", W/\"3\" , \"4\"").versions()).containsExactlyInAnyOrder(2L, 4L);
        assertThat(ETags.ifMatch("\"x\"").versions()).isEmpty();
        assertThat(ETags.ifMatch("\"x\", ,\"3\",").accepts(3)).as("empty elements are ignored").isTrue();
    }

    @Test
    void aHeaderThatIsNoListOfTagsMatchesNoVersion() {
        assertThat(ETags.ifMatch("\"3\"garbage").accepts(3)).isFalse();
        assertThat(ETags.ifMatch("\"3\"x\"").accepts(3)).isFalse();
        assertThat(ETags.ifMatch("3").accepts(3)).isFalse();
        assertThat(ETags.ifMatch("\"3\" \"4\"").accepts(3)).as("a list needs its commas").isFalse();
    }
}
