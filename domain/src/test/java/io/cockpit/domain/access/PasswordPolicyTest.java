package io.cockpit.domain.access;

import io.cockpit.domain.account.EmailAddress;
import io.cockpit.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PasswordPolicyTest {

    private static final CommonPasswords COMMON = CommonPasswords.bundled();
    private final PasswordPolicy policy = new PasswordPolicy(COMMON);
    private final EmailAddress owner = new EmailAddress("jana.schmidt.sales@example.com");

    @Test
    void theBundledListHasTheTenThousandMostCommonPasswords() {
        assertThat(COMMON.size()).isEqualTo(10_000);
        assertThat(COMMON.contains("123456")).isTrue();
        assertThat(COMMON.contains("PASSWORD")).isTrue();
    }

    @Test
    void acceptsALongUncommonPassphrase() {
        assertThat(policy.accept("correct horse battery staple", owner).value()).isEqualTo("correct horse battery staple");
    }

    @Test
    void namesEachBrokenRule() {
        assertCode("short-pass1", "password.too_short");
        assertCode("x".repeat(129), "password.too_long");
        assertCode("Jana.Schmidt.Sales@Example.com", "password.is_email");
        assertCode("jana.schmidt.sales", "password.is_email");
        assertCode("qwerty123456", "password.too_common");
        assertCode("LeaveMeAlone", "password.too_common");
    }

    @Test
    void countsCharactersNotBytes() {
        assertThat(policy.accept("äöüßäöüßäöüß", owner)).isNotNull();
        assertThat(policy.accept("😀".repeat(12), owner)).isNotNull();
        assertThatThrownBy(() -> policy.accept("😀".repeat(11), owner)).isInstanceOf(InvalidValueException.class);
    }

    private void assertCode(String candidate, String code) {
        assertThatThrownBy(() -> policy.accept(candidate, owner))
                .isInstanceOf(InvalidValueException.class).extracting("rule").isEqualTo(code);
    }
}
