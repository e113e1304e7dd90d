package io.cockpit.application.service.privacy;

import io.cockpit.application.paging.PageRequest;
import io.cockpit.application.testing.fakes.FakeDailyRollup;
import io.cockpit.application.testing.fakes.FakeStores;
import io.cockpit.domain.account.Account;
import io.cockpit.domain.account.StatisticsId;
import io.cockpit.domain.privacy.ConsentDecision;
import io.cockpit.domain.privacy.ConsentEvent;
import io.cockpit.domain.privacy.ConsentPurpose;
import io.cockpit.domain.privacy.PrivacySwitches;
import io.cockpit.domain.privacy.PrivacySwitchesChange;
import io.cockpit.domain.shared.DomainException;
import io.cockpit.domain.shared.VersionCheck;
import io.cockpit.domain.statistics.RollupMarker;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static io.cockpit.application.testing.AccountMother.anAccount;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PrivacyServiceTest {

    private final FakeStores stores = new FakeStores();
    /** The Statistics-IDs the statistics capability was told to forget. */
    private final List<StatisticsId> unlinked = new ArrayList<>();
    private final FakeDailyRollup rollup = new FakeDailyRollup();
    private final PrivacyService privacy = new PrivacyService(stores.privacy, stores.consents, stores.accounts,
            unlinked::add, rollup, stores.transactions, "2024-10-21", stores.clock, new SecureRandom());
    private final Account account = anAccount().build();

    /** The three switches of the first version, the objection switches on (their defaults). */
    private static PrivacySwitches on(boolean errorReporting, boolean statistics, boolean analyticsIdentification) {
        return new PrivacySwitches(errorReporting, statistics, analyticsIdentification, true, true);
    }

    private static PrivacySwitchesChange to(PrivacySwitches switches) {
        return PrivacySwitchesChange.to(switches);
    }

    PrivacyServiceTest() {
        stores.accounts.add(account);
    }

    @Test
    void theSwitchesPortAnswersWhatTheUserLastSaved() {
        assertThat(privacy.switches(account.userId())).isEqualTo(PrivacySwitches.DEFAULT);

        privacy.replace(account.userId(), VersionCheck.ANY, to(on(false, true, false)), "self-service");

        assertThat(privacy.switches(account.userId())).isEqualTo(on(false, true, false));
    }

    @Test
    void eachDecisionIsRecordedWithTimePolicyVersionAndSource() {
        privacy.replace(account.userId(), VersionCheck.exactly(0), to(on(true, true, false)), "self-service");
        stores.clock.advance(Duration.ofMinutes(5));
        privacy.replace(account.userId(), VersionCheck.exactly(1), to(on(true, false, false)), "support");

        List<ConsentEvent> history = privacy.consents(account.userId(), PageRequest.first(10)).items();

        assertThat(history).containsExactly(
                new ConsentEvent(account.userId(), ConsentPurpose.STATISTICS, ConsentDecision.WITHDRAWN,
                        stores.clock.instant(), "2024-10-21", "support"),
                new ConsentEvent(account.userId(), ConsentPurpose.STATISTICS, ConsentDecision.GRANTED,
                        stores.clock.instant().minus(Duration.ofMinutes(5)), "2024-10-21", "self-service"));
    }

    @Test
    void aChangeBasedOnAnOldVersionLeavesSwitchesHistoryAndStatisticsIdAlone() {
        privacy.replace(account.userId(), VersionCheck.exactly(0), to(on(true, true, false)), "self-service");

        assertThatThrownBy(() -> privacy.replace(account.userId(), VersionCheck.exactly(0),
                to(on(true, false, false)), "self-service"))
                .isInstanceOfSatisfying(DomainException.class,
                        refused -> assertThat(refused.code()).isEqualTo("precondition.failed"));
        assertThat(privacy.switches(account.userId()).statistics()).isTrue();
        assertThat(privacy.consents(account.userId(), PageRequest.first(10)).items()).hasSize(1);
        assertThat(stores.accounts.findById(account.userId()).orElseThrow().statisticsId())
                .isEqualTo(account.statisticsId());
    }

    @Test
    void withdrawingStatisticsGivesTheAccountAFreshStatisticsId() {
        privacy.replace(account.userId(), VersionCheck.ANY, to(on(true, true, false)), "self-service");

        privacy.replace(account.userId(), VersionCheck.ANY, to(on(true, false, false)), "self-service");

        Account after = stores.accounts.findById(account.userId()).orElseThrow();
        assertThat(after.statisticsId()).isNotEqualTo(account.statisticsId());
        assertThat(after.trackingId()).isEqualTo(account.trackingId());
        assertThat(unlinked).as("the history under the old Statistics-ID is to be deleted")
                .containsExactly(account.statisticsId());
        RollupMarker fresh = RollupMarker.fromTheBeginning(ZoneId.of("Europe/Berlin"));
        assertThat(rollup.lock(after.statisticsId(), fresh,
                RollupMarker.startingAfter(ZoneId.of("Europe/Berlin"), stores.clock.instant())))
                .as("nothing is recorded under the fresh Statistics-ID: its rollup is complete from the beginning")
                .isEqualTo(fresh);
    }

    /** The operator's objection on a request: only the named purposes go off; a withdrawn statistics consent unlinks. */
    @Test
    void turningPurposesOffKeepsTheOthersAndWithdrawsStatisticsAsTheUserWould() {
        privacy.replace(account.userId(), VersionCheck.ANY, to(on(true, true, false)), "self-service");

        privacy.turnOff(account.userId(), java.util.Set.of(ConsentPurpose.STATISTICS, ConsentPurpose.RECOMMENDATIONS),
                "operator");
        privacy.turnOff(account.userId(), java.util.Set.of(ConsentPurpose.RECOMMENDATIONS), "operator");

        assertThat(privacy.switches(account.userId())).isEqualTo(new PrivacySwitches(true, false, false, true, false));
        assertThat(privacy.consents(account.userId(), PageRequest.first(10)).items())
                .extracting(ConsentEvent::purpose, ConsentEvent::source).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(ConsentPurpose.RECOMMENDATIONS, "operator"),
                        org.assertj.core.groups.Tuple.tuple(ConsentPurpose.STATISTICS, "operator"),
                        org.assertj.core.groups.Tuple.tuple(ConsentPurpose.STATISTICS, "self-service"));
        assertThat(unlinked).containsExactly(account.statisticsId());
        assertThatThrownBy(() -> privacy.turnOff(new io.cockpit.domain.account.UserId(
                "01937f4c-0000-7c3d-9e4f-5a6b7c8d9e0f"), java.util.Set.of(ConsentPurpose.RECOMMENDATIONS), "operator"))
                .isInstanceOfSatisfying(DomainException.class,
                        refused -> assertThat(refused.code()).isEqualTo("account.not_found"));
    }

    @Test
    void anObjectionIsRecordedAsTheWithdrawalOfItsPurpose() {
        privacy.replace(account.userId(), VersionCheck.ANY, new PrivacySwitchesChange(true, false, false,
                Optional.of(false), Optional.empty()), "self-service");

        assertThat(privacy.switches(account.userId())).isEqualTo(new PrivacySwitches(true, false, false, false, true));
        assertThat(privacy.consents(account.userId(), PageRequest.first(10)).items()).singleElement()
                .returns(ConsentPurpose.PRODUCT_ANALYTICS, ConsentEvent::purpose)
                .returns(ConsentDecision.WITHDRAWN, ConsentEvent::decision);
    }

    @Test
    void aClientThatSendsOnlyTheFirstThreeSwitchesLeavesTheObjectionsAsTheyAre() {
        privacy.replace(account.userId(), VersionCheck.ANY, to(new PrivacySwitches(true, false, false, false, false)),
                "self-service");

        privacy.replace(account.userId(), VersionCheck.ANY, new PrivacySwitchesChange(true, true, false,
                Optional.empty(), Optional.empty()), "self-service");

        assertThat(privacy.switches(account.userId())).isEqualTo(new PrivacySwitches(true, true, false, false, false));
        assertThat(privacy.consents(account.userId(), PageRequest.first(10)).items())
                .extracting(ConsentEvent::purpose)
                .containsExactly(ConsentPurpose.STATISTICS, ConsentPurpose.RECOMMENDATIONS,
                        ConsentPurpose.PRODUCT_ANALYTICS);
    }
}
