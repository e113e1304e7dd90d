package io.cockpit.domain.account;

import io.cockpit.domain.shared.InvalidValueException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmailAddressTest {

    @ParameterizedTest
    @ValueSource(strings = {"jana@example.com", "j.schmidt+crm@mail.example.co.uk", "x_y-z@a-b.de", "o'neil@example.ie"})
    void acceptsRealAddresses(String raw) {
        assertThat(new EmailAddress(raw).value()).isEqualTo(raw);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "plain", "@example.com", "jana@", "jana@localhost", "jana@@example.com",
            "jana.@example.com", ".jana@example.com", "ja..na@example.com", "jana@exa_mple.com", "jana@-example.com",
            "jana smith@example.com", "jana@example.c0m1-"})
    void refusesWhatIsNoMailbox(String raw) {
        assertThatThrownBy(() -> new EmailAddress(raw))
                .isInstanceOf(InvalidValueException.class)
                .extracting("rule").isEqualTo("email.invalid");
    }

    @Test
    void refusesOverlongAddresses() {
        String local = "a".repeat(65);
        assertThatThrownBy(() -> new EmailAddress(local + "@example.com")).isInstanceOf(InvalidValueException.class);
        String domain = String.join(".", "d".repeat(60), "e".repeat(60), "f".repeat(60), "g".repeat(60), "com");
        assertThat(("a@" + domain).length()).isEqualTo(249);
        assertThat(new EmailAddress("a@" + domain).value()).hasSize(249);
        assertThatThrownBy(() -> new EmailAddress("abcdefgh@" + domain)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void keepsTheAddressAsEnteredButComparesCaseInsensitively() {
        EmailAddress entered = new EmailAddress("  Jana.Schmidt@Example.COM ");

        assertThat(entered.value()).isEqualTo("Jana.Schmidt@Example.COM");
        assertThat(entered.canonical()).isEqualTo("jana.schmidt@example.com");
        assertThat(entered.sameAddressAs(new EmailAddress("jana.schmidt@example.com"))).isTrue();
    }
}
