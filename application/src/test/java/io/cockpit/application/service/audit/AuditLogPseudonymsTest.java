package io.cockpit.application.service.audit;

import io.cockpit.application.testing.AccountMother;
import io.cockpit.application.testing.fakes.FakeStores;
import io.cockpit.domain.account.UserId;
import io.cockpit.domain.audit.AuditEvent;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class AuditLogPseudonymsTest {

    private final FakeStores stores = new FakeStores();
    private final AuditLogPseudonyms pseudonyms = new AuditLogPseudonyms(stores.audit, stores.pseudonyms);

    @Test
    void anErasedUsersIdGivesWayToTheUsersPseudonymEverywhereInTheLog() {
        UserId user = AccountMother.anAccount().build().userId();
        UserId other = AccountMother.anAccount().build().userId();
        Instant now = stores.clock.instant();
        stores.audit.record(new AuditEvent("olivia", "accounts.find_by_email", user.value(), now));
        stores.audit.record(new AuditEvent("olivia", "accounts.find_by_email", other.value(), now));

        assertThat(pseudonyms.pseudonymiseUser(user, 10)).isEqualTo(1);
        assertThat(pseudonyms.pseudonymiseUser(user, 10)).isZero();

        assertThat(stores.audit.latest(10)).extracting(AuditEvent::target)
                .containsExactly(other.value(), stores.pseudonyms.pseudonymOf(user).value());
    }

    @Test
    void eventsPastTheCutoffGetKeyedHashesForActorAndTarget() {
        Instant now = stores.clock.instant();
        stores.audit.record(new AuditEvent("olivia", "blocked_addresses.block", "203.0.113.7/32",
                now.minus(Duration.ofDays(1100))));
        stores.audit.record(new AuditEvent("olivia", "blocked_addresses.list", "-", now));

        assertThat(pseudonyms.deleteExpired(now.minus(Duration.ofDays(1095)), 10)).isEqualTo(1);

        assertThat(stores.audit.latest(10)).containsExactly(
                new AuditEvent("olivia", "blocked_addresses.list", "-", now),
                new AuditEvent(stores.pseudonyms.of("olivia"), "blocked_addresses.block",
                        stores.pseudonyms.of("203.0.113.7/32"), now.minus(Duration.ofDays(1100))));
        assertThat(pseudonyms.category()).isEqualTo("audit_log");
    }
}
