package io.cockpit.application.port.out.protection;

import io.cockpit.application.port.out.shared.UniquenessViolation;
import io.cockpit.application.paging.Page;
import io.cockpit.application.paging.PageRequest;
import io.cockpit.domain.protection.AddressRange;
import io.cockpit.domain.protection.BlockedAddress;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Runs against an empty store. */
public abstract class BlockedAddressRepositoryContract {

    private static final Instant T0 = Instant.parse("2026-11-29T10:00:00Z");

    protected abstract BlockedAddressRepository blocked();

    private static BlockedAddress aBlock(String range, Instant at) {
        return new BlockedAddress(UUID.randomUUID().toString(), AddressRange.parse(range), "credential stuffing",
                "olivia", at);
    }

    @Test
    void keepsIPv4AndIPv6RangesAndRefusesDuplicates() {
        BlockedAddress v4 = aBlock("203.0.113.0/24", T0);
        BlockedAddress v6 = aBlock("2001:db8::/32", T0.plusSeconds(1));
        blocked().add(v4);
        blocked().add(v6);

        assertThat(blocked().all()).containsExactlyInAnyOrder(v4, v6);
        assertThatThrownBy(() -> blocked().add(aBlock("203.0.113.0/24", T0))).isInstanceOf(UniquenessViolation.class);
    }

    @Test
    void listsNewestFirstInPages() {
        List<BlockedAddress> added = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            BlockedAddress block = aBlock("198.51.100." + i, T0.plusSeconds(i));
            blocked().add(block);
            added.add(block);
        }

        Page<BlockedAddress> first = blocked().list(PageRequest.first(3));
        Page<BlockedAddress> second = blocked().list(new PageRequest(3, first.next()));

        assertThat(first.items()).containsExactly(added.get(4), added.get(3), added.get(2));
        assertThat(second.items()).containsExactly(added.get(1), added.get(0));
        assertThat(second.next()).isEmpty();
    }

    @Test
    void liftsABlockOnce() {
        BlockedAddress block = aBlock("192.0.2.1", T0);
        blocked().add(block);

        assertThat(blocked().delete(block.id())).isTrue();
        assertThat(blocked().delete(block.id())).isFalse();
        assertThat(blocked().all()).isEmpty();
    }

    private static BlockedAddress aBlockUntil(String range, Instant until) {
        return new BlockedAddress(UUID.randomUUID().toString(), AddressRange.parse(range), "scanner", "olivia", T0,
                Optional.of(until));
    }

    @Test
    void keepsTheExpiryAndRemovesTheBlocksThatExpiredByNow() {
        BlockedAddress permanent = aBlock("192.0.2.1", T0);
        BlockedAddress expiresFirst = aBlockUntil("192.0.2.2", T0.plusSeconds(60));
        BlockedAddress expiresLater = aBlockUntil("2001:db8::/48", T0.plusSeconds(120));
        List.of(permanent, expiresFirst, expiresLater).forEach(blocked()::add);

        assertThat(blocked().all()).containsExactlyInAnyOrder(permanent, expiresFirst, expiresLater);
        assertThat(blocked().deleteExpired(T0.plusSeconds(59))).isZero();
        assertThat(blocked().deleteExpired(T0.plusSeconds(60))).isEqualTo(1);
        assertThat(blocked().all()).containsExactlyInAnyOrder(permanent, expiresLater);
        assertThat(blocked().deleteExpired(T0.plusSeconds(3600))).isEqualTo(1);
        assertThat(blocked().all()).containsExactly(permanent);
    }

    @Test
    void theRevisionMovesWithEveryChangeAndOnlyThen() {
        long start = blocked().revision();
        BlockedAddress block = aBlockUntil("198.51.100.0/24", T0.plusSeconds(60));

        blocked().add(block);
        long added = blocked().revision();
        blocked().list(PageRequest.first(10));
        blocked().all();
        blocked().delete(UUID.randomUUID().toString());
        blocked().deleteExpired(T0);
        assertThat(blocked().revision()).isEqualTo(added).isNotEqualTo(start);

        blocked().deleteExpired(T0.plusSeconds(60));
        long expired = blocked().revision();
        assertThat(expired).isNotIn(start, added);

        blocked().add(block);
        long again = blocked().revision();
        blocked().delete(block.id());
        assertThat(blocked().revision()).isNotIn(start, added, expired, again);
    }
}
