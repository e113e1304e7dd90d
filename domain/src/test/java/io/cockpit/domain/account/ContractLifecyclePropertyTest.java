package io.cockpit.domain.account;

import io.cockpit.domain.shared.DomainException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/** Any sequence of status requests at any times keeps the contract lifecycle's rules. */
class ContractLifecyclePropertyTest {

    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    record Step(ContractStatus target, Duration pause) {
    }

    @Property(tries = 2000)
    void everyRequestIsAppliedOrRefusedByTheRules(@ForAll("steps") @Size(max = 30) List<Step> steps,
                                                  @ForAll("startingStatuses") ContractStatus initial) {
        Contract contract = Contract.startingAs(initial);
        Instant now = START;
        for (Step step : steps) {
            now = now.plus(step.pause());
            Contract before = contract;
            try {
                contract = before.changeTo(step.target(), now);
                assertApplied(before, step.target(), now, contract);
            } catch (DomainException refused) {
                assertRefusedRightly(before, step.target(), now, refused);
            }
            assertThat(contract.isArchived()).isEqualTo(contract.status() == ContractStatus.CANCELLED);
            assertThat(contract.status().grantsAccess()).isEqualTo(!contract.isArchived());
        }
    }

    private static void assertApplied(Contract before, ContractStatus target, Instant now, Contract after) {
        assertThat(after.status()).isEqualTo(target);
        if (target == before.status()) {
            assertThat(after).isSameAs(before);
        } else if (target == ContractStatus.CANCELLED) {
            assertThat(after.archivedAt()).isEqualTo(now);
            assertThat(after.deletionDueAt()).isEqualTo(now.plus(Duration.ofDays(30)));
        } else {
            if (before.status() == ContractStatus.CANCELLED) {
                assertThat(target).isEqualTo(ContractStatus.ACTIVE);
                assertThat(now).isBefore(before.deletionDueAt());
            }
            assertThat(after.archivedAt()).isNull();
            assertThat(after.deletionDueAt()).isNull();
        }
    }

    private static void assertRefusedRightly(Contract before, ContractStatus target, Instant now,
                                             DomainException refused) {
        if (before.status() != ContractStatus.CANCELLED || target == ContractStatus.CANCELLED) {
            fail("refused " + before.status() + " -> " + target + ", which is always allowed");
        }
        if (target == ContractStatus.PAYMENT_OVERDUE) {
            assertThat(refused.code()).isEqualTo("account.transition_not_allowed");
        } else {
            assertThat(now).isAfterOrEqualTo(before.deletionDueAt());
            assertThat(refused.code()).isEqualTo("account.reactivation_window_closed");
        }
    }

    /** Only the statuses a new contract may start in: every try runs, none is skipped. */
    @Provide
    Arbitrary<ContractStatus> startingStatuses() {
        return Arbitraries.of(Arrays.stream(ContractStatus.values())
                .filter(status -> status != ContractStatus.CANCELLED).toList());
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<Duration> waits = Arbitraries.oneOf(
                Arbitraries.of(Duration.ZERO, Duration.ofSeconds(1), Duration.ofDays(1), Duration.ofDays(29),
                        Duration.ofDays(30).minusMillis(1), Duration.ofDays(30), Duration.ofDays(31)),
                Arbitraries.longs().between(0, Duration.ofDays(40).toMillis()).map(Duration::ofMillis));
        return Combinators.combine(Arbitraries.of(ContractStatus.class), waits).as(Step::new).list();
    }
}
