package io.cockpit.application.service.privacy;

import io.cockpit.application.paging.PageRequest;
import io.cockpit.application.testing.Race;
import io.cockpit.application.testing.fakes.FakeStores;
import io.cockpit.domain.account.UserId;
import io.cockpit.domain.privacy.PrivacySwitches;
import io.cockpit.domain.privacy.ProcessingPermissions;
import io.cockpit.domain.privacy.ProcessingRestriction;
import io.cockpit.domain.privacy.RestrictionChange;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static io.cockpit.application.testing.AccountMother.anAccount;
import static org.assertj.core.api.Assertions.assertThat;

class RestrictionServiceTest {

    private final FakeStores stores = new FakeStores();
    private final RestrictionService restrictions = new RestrictionService(stores.restrictions, stores.accounts,
            stores.transactions, stores.clock);
    private final ProcessingPermissionsService permissions = new ProcessingPermissionsService(stores.privacy,
            stores.restrictions);
    private final io.cockpit.domain.account.Account account = anAccount().build();
    private final UserId user = account.userId();

    RestrictionServiceTest() {
        stores.accounts.add(account);
    }

    @Test
    void restrictingAndLiftingAreRecordedWithTimeAndSource() {
        Instant restrictedAt = stores.clock.instant();
        ProcessingRestriction restricted = restrictions.restrict(user, "self-service");
        stores.clock.advance(Duration.ofDays(3));
        ProcessingRestriction lifted = restrictions.lift(user, "operator");

        assertThat(restricted).isEqualTo(ProcessingRestriction.since(restrictedAt));
        assertThat(lifted.restricted()).isFalse();
        assertThat(restrictions.restriction(user).restricted()).isFalse();
        assertThat(restrictions.changes(user, PageRequest.first(10)).items()).containsExactly(
                new RestrictionChange(user, false, stores.clock.instant(), "operator"),
                new RestrictionChange(user, true, restrictedAt, "self-service"));
    }

    @Test
    void onlyARealChangeIsRecordedAndTheFirstRestrictionTimeStays() {
        Instant first = stores.clock.instant();
        restrictions.restrict(user, "self-service");
        stores.clock.advance(Duration.ofMinutes(1));

        ProcessingRestriction again = restrictions.restrict(user, "self-service");
        restrictions.lift(user, "self-service");
        restrictions.lift(user, "self-service");

        assertThat(again.since()).contains(first);
        assertThat(restrictions.changes(user, PageRequest.first(10)).items()).extracting(RestrictionChange::restricted)
                .containsExactly(false, true);
    }

    @Test
    void twoDevicesRestrictingAtOnceRecordOneChange() throws InterruptedException {
        assertThat(Race.run(8, () -> restrictions.restrict(user, "self-service")))
                .allMatch(Race.Outcome::succeeded);

        assertThat(restrictions.changes(user, PageRequest.first(10)).items()).hasSize(1);
        assertThat(restrictions.restriction(user).restricted()).isTrue();
    }

    @Test
    void whileRestrictedThePermissionsPortAllowsNothingWhateverTheSwitches() {
        stores.privacy.save(user, new PrivacySwitches(true, true, true, true, true), 0, stores.clock.instant());
        ProcessingPermissions before = permissions.permissions(user);

        restrictions.restrict(user, "self-service");
        ProcessingPermissions during = permissions.permissions(user);
        restrictions.lift(user, "self-service");
        ProcessingPermissions after = permissions.permissions(user);

        assertThat(List.of(before.mayRecordStatistics(), before.mayRecommend(), before.maySendProductAnalytics(),
                before.mayIdentifyForAnalytics(), before.mayReportErrors())).containsOnly(true);
        assertThat(during.restricted()).isTrue();
        assertThat(List.of(during.mayRecordStatistics(), during.mayRecommend(), during.maySendProductAnalytics(),
                during.mayIdentifyForAnalytics(), during.mayReportErrors())).containsOnly(false);
        assertThat(after).isEqualTo(before);
    }

    @Test
    void aUserWhoNeverChoseAnythingHasTheDefaultPermissions() {
        assertThat(permissions.permissions(user)).isEqualTo(new ProcessingPermissions(PrivacySwitches.DEFAULT, false));
    }

    @Test
    void oneUsersRestrictionIsNotAnothers() {
        UserId other = anAccount().build().userId();

        restrictions.restrict(user, "self-service");

        assertThat(permissions.permissions(other).restricted()).isFalse();
        assertThat(restrictions.changes(other, PageRequest.first(10)).items()).isEmpty();
    }
}
