package io.cockpit.application.port.out.account;

import io.cockpit.application.port.out.register.PersonalDataStore;
import io.cockpit.application.port.out.register.PersonalDataStoreCases;
import io.cockpit.application.testing.AccountMother;
import io.cockpit.application.testing.Race;
import io.cockpit.domain.account.LegalHold;
import io.cockpit.domain.account.UserId;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs against an empty store. */
public abstract class LegalHoldsContract implements PersonalDataStoreCases {

    private static final Instant T0 = Instant.parse("2026-11-29T10:00:00.123Z");

    protected abstract LegalHolds holds();

    @Test
    void aHoldIsSetReplacedAndLifted() {
        UserId user = AccountMother.anAccount().build().userId();
        UserId other = AccountMother.anAccount().build().userId();

        assertThat(holds().find(user)).isEmpty();
        holds().put(new LegalHold(user, "court case 12 O 345/26", T0));
        holds().put(new LegalHold(user, "court case 12 O 345/26, appeal", T0.plusSeconds(60)));

        assertThat(holds().find(user)).contains(new LegalHold(user, "court case 12 O 345/26, appeal",
                T0.plusSeconds(60)));
        assertThat(holds().find(other)).isEmpty();
        assertThat(holds().remove(other)).isFalse();
        assertThat(holds().remove(user)).isTrue();
        assertThat(holds().remove(user)).isFalse();
        assertThat(holds().find(user)).isEmpty();
    }

    @Test
    void holdsPutAtOnceKeepOneAndNoneFails() throws Exception {
        for (int round = 0; round < 10; round++) {
            UserId user = AccountMother.anAccount().build().userId();

            List<Race.Outcome<Boolean>> outcomes = Race.run(8, () -> {
                holds().put(new LegalHold(user, "court case 12 O 345/26", T0));
                return true;
            });

            assertThat(outcomes).allSatisfy(outcome -> assertThat(outcome.failure()).isNull());
            assertThat(holds().find(user)).contains(new LegalHold(user, "court case 12 O 345/26", T0));
            assertThat(holds().remove(user)).isTrue();
            assertThat(holds().find(user)).isEmpty();
        }
    }

    @Override
    public PersonalDataStore personalData() {
        return holds();
    }

    @Override
    public int giveData(UserId user) {
        holds().put(new LegalHold(user, "tax audit 2026", T0));
        return 1;
    }

    @Override
    public boolean holdsDataOf(UserId user) {
        return holds().find(user).isPresent();
    }

    @Override
    public List<String> exportedFields() {
        return List.of("reason", "since");
    }
}
