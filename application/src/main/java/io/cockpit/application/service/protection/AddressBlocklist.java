package io.cockpit.application.service.protection;

import io.cockpit.application.port.in.protection.CheckAddressQuery;
import io.cockpit.application.port.out.protection.BlockedAddressRepository;
import io.cockpit.application.port.out.shared.UniquenessViolation;
import io.cockpit.domain.protection.AddressRange;
import io.cockpit.domain.protection.BlockedAddress;
import io.cockpit.domain.protection.IpAddress;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The blocked addresses as every request sees them: a snapshot in memory, refreshed from the relational store
 * (bootstrap schedules {@link #refresh()} every few seconds, so all nodes follow) and at once after a local change.
 */
public final class AddressBlocklist implements CheckAddressQuery {

    private record Snapshot(Set<IpAddress> singles, List<AddressRange> ranges) {
    }

    private final BlockedAddressRepository repository;
    private final Clock clock;
    private volatile Snapshot snapshot = new Snapshot(Set.of(), List.of());

    public AddressBlocklist(BlockedAddressRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    @Override
    public boolean isBlocked(IpAddress address) {
        Snapshot current = snapshot;
        return current.singles().contains(address) || current.ranges().stream().anyMatch(r -> r.contains(address));
    }

    /** Whether blocks in force cover all of {@code source} already. */
    private boolean coversWhole(AddressRange source) {
        Snapshot current = snapshot;
        return source.singleAddress().map(current.singles()::contains).orElse(false)
                || current.ranges().stream().anyMatch(range -> range.prefixLength() <= source.prefixLength()
                && range.overlaps(source));
    }

    public void refresh() {
        Set<IpAddress> singles = new HashSet<>();
        List<AddressRange> ranges = new ArrayList<>();
        for (BlockedAddress blocked : repository.all()) {
            blocked.range().singleAddress().ifPresentOrElse(singles::add, () -> ranges.add(blocked.range()));
        }
        snapshot = new Snapshot(Set.copyOf(singles), List.copyOf(ranges));
    }

    /**
     * Blocks a source (an address, or an IPv6 network) after repeated failed sign-ins; permanent, as the privacy
     * policy allows for attackers.
     */
    void blockAutomatically(AddressRange source, int failures) {
        if (coversWhole(source)) {
            return;
        }
        try {
            repository.add(new BlockedAddress(UUID.randomUUID().toString(), source,
                    "automatic: " + failures + " failed sign-in attempts within an hour", BlockedAddress.AUTOMATIC,
                    clock.instant()));
        } catch (UniquenessViolation alreadyThere) {
            // another node blocked it a moment ago
        }
        refresh();
    }
}
