package io.cockpit.application.port.out.privacy;

import io.cockpit.application.port.out.shared.StaleWriteException;
import io.cockpit.application.testing.AccountMother;
import io.cockpit.domain.account.UserId;
import io.cockpit.domain.privacy.PrivacySwitches;
import io.cockpit.domain.shared.Versioned;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

public abstract class PrivacyRepositoryContract {

    private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");

    protected abstract PrivacyRepository privacy();

    @Test
    void savesVersionByVersionForOneUserOnly() {
        UserId user = AccountMother.anAccount().build().userId();
        PrivacySwitches allOn = new PrivacySwitches(true, true, true, true, true);

        assertThat(privacy().find(user)).isEmpty();
        assertThat(privacy().save(user, allOn, 0, NOW)).isEqualTo(1);
        assertThat(privacy().save(user, new PrivacySwitches(false, false, true, false, true), 1, NOW)).isEqualTo(2);

        assertThat(privacy().find(user)).contains(new Versioned<>(new PrivacySwitches(false, false, true, false, true),
                2));
        assertThat(privacy().find(AccountMother.anAccount().build().userId())).isEmpty();
        assertThatThrownBy(() -> privacy().save(user, allOn, 1, NOW)).isInstanceOf(StaleWriteException.class);
        assertThatThrownBy(() -> privacy().save(user, allOn, 0, NOW)).isInstanceOf(StaleWriteException.class);
    }

    @Test
    void eachSwitchIsKeptOnItsOwn() {
        UserId user = AccountMother.anAccount().build().userId();
        long version = 0;
        for (int off = 0; off < 5; off++) {
            PrivacySwitches oneOff = new PrivacySwitches(off != 0, off != 1, off != 2, off != 3, off != 4);
            version = privacy().save(user, oneOff, version, NOW);
            assertThat(privacy().find(user)).contains(new Versioned<>(oneOff, version));
        }
    }
}
