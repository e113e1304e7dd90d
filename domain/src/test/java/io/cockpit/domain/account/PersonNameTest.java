package io.cockpit.domain.account;

import io.cockpit.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PersonNameTest {

    @Test
    void trimsAndCountsCharactersNotUtf16Units() {
        assertThat(new PersonName("  Jürgen Groß ").value()).isEqualTo("Jürgen Groß");
        String twoHundredEmoji = "😀".repeat(200);
        assertThat(new PersonName(twoHundredEmoji).value()).isEqualTo(twoHundredEmoji);
    }

    @Test
    void refusesEmptyOverlongAndControlCharacters() {
        assertThatThrownBy(() -> new PersonName("   ")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new PersonName("a".repeat(201))).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new PersonName("Jana\u0000Schmidt")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new PersonName("Bob\u202eBauer")).as("shown as Bob reuaB")
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void keepsTheJoinersThatScriptsAndEmojiNeed() {
        assertThat(new PersonName("\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645").value()).contains("\u200c");
        assertThat(new PersonName("Sam \ud83d\udc69\u200d\ud83d\udcbb").value()).contains("\u200d");
    }
}
