package io.cockpit.domain.account;

import io.cockpit.domain.shared.DomainException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static io.cockpit.domain.account.ContractStatus.ACTIVE;
import static io.cockpit.domain.account.ContractStatus.CANCELLED;
import static io.cockpit.domain.account.ContractStatus.PAYMENT_OVERDUE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ContractTest {

    private static final Instant CANCELLED_AT = Instant.parse("2026-11-29T10:00:00Z");

    @Test
    void cancellingArchivesForThirtyDays() {
        Contract cancelled = Contract.startingAs(ACTIVE).changeTo(CANCELLED, CANCELLED_AT);

        assertThat(cancelled.isArchived()).isTrue();
        assertThat(cancelled.archivedAt()).isEqualTo(CANCELLED_AT);
        assertThat(cancelled.deletionDueAt()).isEqualTo(Instant.parse("2026-12-29T10:00:00Z"));
    }

    @Test
    void aNewContractCannotStartCancelled() {
        assertThatThrownBy(() -> Contract.startingAs(CANCELLED)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void cancellingTwiceKeepsTheFirstDates() {
        Contract cancelled = Contract.startingAs(PAYMENT_OVERDUE).changeTo(CANCELLED, CANCELLED_AT);

        assertThat(cancelled.changeTo(CANCELLED, CANCELLED_AT.plus(Duration.ofDays(3)))).isSameAs(cancelled);
    }

    @Test
    void reactivationWorksUntilTheLastMillisecondOfTheArchivePeriod() {
        Contract cancelled = Contract.startingAs(ACTIVE).changeTo(CANCELLED, CANCELLED_AT);
        Instant lastMoment = cancelled.deletionDueAt().minusMillis(1);

        Contract reactivated = cancelled.changeTo(ACTIVE, lastMoment);

        assertThat(reactivated).isEqualTo(new Contract(ACTIVE, null, null));
    }

    @Test
    void reactivationAtOrAfterTheDeletionDateIsRefused() {
        Contract cancelled = Contract.startingAs(ACTIVE).changeTo(CANCELLED, CANCELLED_AT);

        assertThatThrownBy(() -> cancelled.changeTo(ACTIVE, cancelled.deletionDueAt()))
                .isInstanceOf(DomainException.class)
                .extracting("code").isEqualTo("account.reactivation_window_closed");
    }

    @Test
    void aCancelledContractCannotGoStraightToPaymentOverdue() {
        Contract cancelled = Contract.startingAs(ACTIVE).changeTo(CANCELLED, CANCELLED_AT);

        assertThatThrownBy(() -> cancelled.changeTo(PAYMENT_OVERDUE, CANCELLED_AT.plusSeconds(60)))
                .isInstanceOf(DomainException.class)
                .extracting("code").isEqualTo("account.transition_not_allowed");
    }

    @Test
    void activeAndPaymentOverdueSwitchFreelyAndBothGrantAccess() {
        Contract overdue = Contract.startingAs(ACTIVE).changeTo(PAYMENT_OVERDUE, CANCELLED_AT);

        assertThat(overdue.status().grantsAccess()).isTrue();
        assertThat(overdue.changeTo(ACTIVE, CANCELLED_AT).status()).isEqualTo(ACTIVE);
    }

    @Test
    void archiveDatesMustMatchTheStatus() {
        assertThatThrownBy(() -> new Contract(ACTIVE, CANCELLED_AT, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Contract(CANCELLED, CANCELLED_AT, CANCELLED_AT))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Contract.startingAs(CANCELLED)).isInstanceOf(IllegalArgumentException.class);
    }
}
