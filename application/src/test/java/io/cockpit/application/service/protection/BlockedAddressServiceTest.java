package io.cockpit.application.service.protection;

import io.cockpit.application.paging.PageRequest;
import io.cockpit.application.testing.fakes.FakeStores;
import io.cockpit.domain.audit.AuditEvent;
import io.cockpit.domain.protection.AddressRange;
import io.cockpit.domain.protection.BlockRules;
import io.cockpit.domain.protection.BlockedAddress;
import io.cockpit.domain.protection.IpAddress;
import io.cockpit.domain.protection.TrustedProxies;
import io.cockpit.domain.shared.DomainException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BlockedAddressServiceTest {

    private static final IpAddress OPERATOR = IpAddress.parse("192.0.2.10");

    private final FakeStores stores = new FakeStores();
    private final AddressBlocklist blocklist = new AddressBlocklist(stores.blockedAddresses, stores.clock);
    private final BlockedAddressService service = service(blocklist);

    private BlockedAddressService service(AddressBlocklist list) {
        return new BlockedAddressService(stores.blockedAddresses, list, stores.audit, stores.transactions,
                new BlockRules(16, 48, new TrustedProxies(List.of(AddressRange.parse("10.0.0.1")))), stores.clock);
    }

    private BlockedAddress block(String range, Optional<Duration> lasting) {
        return service.block("olivia", OPERATOR, AddressRange.parse(range), "scanner",
                lasting.map(duration -> stores.clock.instant().plus(duration)));
    }

    @Test
    void aRefusedBlockStoresNothingAndIsNotAudited() {
        assertThatThrownBy(() -> block("0.0.0.0/0", Optional.empty()))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code())
                        .isEqualTo("blocked_address.too_wide"));
        assertThatThrownBy(() -> block("192.0.2.0/24", Optional.empty()))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code())
                        .isEqualTo("blocked_address.includes_caller"));
        assertThatThrownBy(() -> block("10.0.0.0/16", Optional.empty()))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code())
                        .isEqualTo("blocked_address.includes_trusted_proxy"));

        assertThat(stores.blockedAddresses.all()).isEmpty();
        assertThat(stores.audit.latest(10)).isEmpty();
        assertThat(blocklist.isBlocked(OPERATOR)).isFalse();
    }

    @Test
    void anExpiringBlockAppliesUntilItsExpiryAndNotAMomentLonger() {
        BlockedAddress blocked = block("203.0.113.0/24", Optional.of(Duration.ofHours(1)));
        IpAddress inside = IpAddress.parse("203.0.113.77");

        assertThat(blocked.expiresAt()).contains(stores.clock.instant().plus(Duration.ofHours(1)));
        assertThat(stores.audit.latest(1)).extracting(AuditEvent::target)
                .containsExactly("203.0.113.0/24 until " + blocked.expiresAt().orElseThrow());
        assertThat(blocklist.isBlocked(inside)).isTrue();

        stores.clock.advance(Duration.ofHours(1).minusMillis(1));
        assertThat(blocklist.isBlocked(inside)).isTrue();
        stores.clock.advance(Duration.ofMillis(1));
        assertThat(blocklist.isBlocked(inside)).as("no refresh needed").isFalse();
    }

    @Test
    void theJobRemovesExpiredBlocksAndASameRangeCanBeBlockedAgainAtOnce() {
        block("203.0.113.7", Optional.of(Duration.ofMinutes(5)));
        BlockedAddress permanent = block("198.51.100.0/24", Optional.empty());

        stores.clock.advance(Duration.ofMinutes(5));
        BlockedAddress again = block("203.0.113.7", Optional.of(Duration.ofMinutes(5)));
        assertThat(blocklist.isBlocked(IpAddress.parse("203.0.113.7"))).isTrue();

        stores.clock.advance(Duration.ofMinutes(5));
        assertThat(service.removeExpired()).isEqualTo(1);
        assertThat(service.removeExpired()).isZero();
        assertThat(stores.blockedAddresses.all()).containsExactly(permanent);
        assertThat(service.list("olivia", PageRequest.first(10)).items()).doesNotContain(again);
    }

    @Test
    void anotherNodeFollowsEveryChangeWhenItPollsTheRevision() {
        AddressBlocklist otherNode = new AddressBlocklist(stores.blockedAddresses, stores.clock);
        otherNode.refresh();
        IpAddress attacker = IpAddress.parse("203.0.113.7");

        BlockedAddress blocked = block("203.0.113.0/24", Optional.empty());
        assertThat(otherNode.isBlocked(attacker)).isFalse();
        otherNode.refreshIfChanged();
        assertThat(otherNode.isBlocked(attacker)).isTrue();

        service.unblock("olivia", blocked.id());
        otherNode.refreshIfChanged();
        assertThat(otherNode.isBlocked(attacker)).isFalse();
    }
}
