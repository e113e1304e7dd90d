package io.cockpit.domain.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextTest {

    @Test
    void urlsLoseQueryAndFragment() {
        assertThat(Text.withoutQueryOrFragment("https://a/b?c=d#e")).isEqualTo("https://a/b");
        assertThat(Text.withoutQueryOrFragment("https://a/b#e?c")).isEqualTo("https://a/b");
        assertThat(Text.withoutQueryOrFragment("/x")).isEqualTo("/x");
    }
}
