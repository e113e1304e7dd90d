package io.cockpit.application.security;

import io.cockpit.application.testing.AccountMother;
import io.cockpit.domain.account.UserId;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PseudonymsTest {

    private final Pseudonyms pseudonyms = new Pseudonyms(new ServerSecret(new byte[32]));

    @Test
    void aUserIdsPseudonymIsAUserIdOfItsOwnTheSameEveryTime() {
        UserId user = AccountMother.anAccount().build().userId();

        UserId pseudonym = pseudonyms.pseudonymOf(user);

        assertThat(pseudonym).isNotEqualTo(user).isEqualTo(pseudonyms.pseudonymOf(user));
        assertThat(pseudonym.value()).hasSameSizeAs(user.value());
        assertThat(pseudonyms.pseudonymOf(AccountMother.anAccount().build().userId())).isNotEqualTo(pseudonym);
    }

    @Test
    void anotherSecretGivesOtherPseudonyms() {
        UserId user = AccountMother.anAccount().build().userId();
        byte[] other = new byte[32];
        other[0] = 1;

        assertThat(new Pseudonyms(new ServerSecret(other)).pseudonymOf(user)).isNotEqualTo(pseudonyms.pseudonymOf(user));
        assertThat(new Pseudonyms(new ServerSecret(other)).of("olivia")).isNotEqualTo(pseudonyms.of("olivia"));
    }

    @Test
    void aTextsPseudonymIs32HexDigitsAndNoLongerThanAUuid() {
        assertThat(pseudonyms.of("command-line:olivia")).matches("[0-9a-f]{32}");
        assertThat(pseudonyms.of("olivia")).isEqualTo(pseudonyms.of("olivia")).isNotEqualTo(pseudonyms.of("oscar"));
    }
}
