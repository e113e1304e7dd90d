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
    }
}
