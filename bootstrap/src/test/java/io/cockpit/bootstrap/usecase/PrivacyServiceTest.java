package io.cockpit.bootstrap.usecase;

import io.cockpit.adapters.mysql.account.JdbiAccountRepository;
import io.cockpit.adapters.mysql.privacy.JdbiConsentLedger;
import io.cockpit.adapters.mysql.privacy.JdbiPrivacyRepository;
import io.cockpit.application.paging.PageRequest;
import io.cockpit.application.service.privacy.PrivacyService;
import io.cockpit.domain.account.Account;
import io.cockpit.domain.privacy.ConsentDecision;
import io.cockpit.domain.privacy.ConsentEvent;
import io.cockpit.domain.privacy.ConsentPurpose;
import io.cockpit.domain.privacy.PrivacySwitches;
import io.cockpit.domain.shared.DomainException;
import io.cockpit.domain.shared.VersionCheck;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;

import static io.cockpit.application.testing.AccountMother.anAccount;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PrivacyServiceTest {

    private final EmbeddedStores stores = new EmbeddedStores();
    private final PrivacyService privacy = new PrivacyService(stores.database.repository(JdbiPrivacyRepository::new),
            stores.database.repository(JdbiConsentLedger::new), stores.database.repository(JdbiAccountRepository::new), stores.database.transactions(), "2024-10-21",
            stores.clock, new SecureRandom());
    private final Account account = anAccount().build();

    PrivacyServiceTest() {
        stores.database.repository(JdbiAccountRepository::new).add(account);
    }

    @AfterEach
    void close() {
        stores.close();
    }

    @Test
    void theSwitchesPortAnswersWhatTheUserLastSaved() {
        assertThat(privacy.switches(account.userId())).isEqualTo(PrivacySwitches.DEFAULT);

        privacy.replace(account.userId(), VersionCheck.ANY, new PrivacySwitches(false, true, false), "self-service");

        assertThat(privacy.switches(account.userId())).isEqualTo(new PrivacySwitches(false, true, false));
    }

    @Test
    void eachDecisionIsRecordedWithTimePolicyVersionAndSource() {
        privacy.replace(account.userId(), VersionCheck.exactly(0), new PrivacySwitches(true, true, false), "self-service");
        stores.clock.advance(Duration.ofMinutes(5));
        privacy.replace(account.userId(), VersionCheck.exactly(1), new PrivacySwitches(true, false, false), "support");

        List<ConsentEvent> history = privacy.consents(account.userId(), PageRequest.first(10)).items();

        assertThat(history).containsExactly(
                new ConsentEvent(account.userId(), ConsentPurpose.STATISTICS, ConsentDecision.WITHDRAWN,
                        stores.clock.instant(), "2024-10-21", "support"),
                new ConsentEvent(account.userId(), ConsentPurpose.STATISTICS, ConsentDecision.GRANTED,
                        stores.clock.instant().minus(Duration.ofMinutes(5)), "2024-10-21", "self-service"));
    }

    @Test
    void aChangeBasedOnAnOldVersionLeavesSwitchesHistoryAndStatisticsIdAlone() {
        privacy.replace(account.userId(), VersionCheck.exactly(0), new PrivacySwitches(true, true, false), "self-service");

        assertThatThrownBy(() -> privacy.replace(account.userId(), VersionCheck.exactly(0),
                new PrivacySwitches(true, false, false), "self-service"))
                .isInstanceOfSatisfying(DomainException.class,
                        refused -> assertThat(refused.code()).isEqualTo("precondition.failed"));
        assertThat(privacy.switches(account.userId()).statistics()).isTrue();
        assertThat(privacy.consents(account.userId(), PageRequest.first(10)).items()).hasSize(1);
        assertThat(stores.database.repository(JdbiAccountRepository::new).findById(account.userId()).orElseThrow().statisticsId())
                .isEqualTo(account.statisticsId());
    }

    @Test
    void withdrawingStatisticsGivesTheAccountAFreshStatisticsId() {
        privacy.replace(account.userId(), VersionCheck.ANY, new PrivacySwitches(true, true, false), "self-service");

        privacy.replace(account.userId(), VersionCheck.ANY, new PrivacySwitches(true, false, false), "self-service");

        Account after = stores.database.repository(JdbiAccountRepository::new).findById(account.userId()).orElseThrow();
        assertThat(after.statisticsId()).isNotEqualTo(account.statisticsId());
        assertThat(after.trackingId()).isEqualTo(account.trackingId());
    }
}
