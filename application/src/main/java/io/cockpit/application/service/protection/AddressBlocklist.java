package io.cockpit.application.service.protection;

import io.cockpit.application.port.in.protection.CheckAddressQuery;
import io.cockpit.application.port.out.protection.BlockedAddressRepository;
import io.cockpit.application.port.out.shared.UniquenessViolation;
import io.cockpit.domain.protection.AddressRange;
import io.cockpit.domain.protection.BlockedAddress;
import io.cockpit.domain.protection.IpAddress;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The blocked addresses as every request sees them: a snapshot in memory, read again from the relational store when
 * its revision moved (bootstrap polls {@link #refreshIfChanged()} four times a second, so every node follows a change
 * within a second) and at once after a local change. A block stops applying at its expiry, whatever the snapshot.
 */
public final class AddressBlocklist implements CheckAddressQuery {

    private record Range(AddressRange range, Instant until) {
    }

    private record Snapshot(long revision, Map<IpAddress, Instant> singles, List<Range> ranges) {
    }

    private final BlockedAddressRepository repository;
    private final Clock clock;
    private volatile Snapshot snapshot = new Snapshot(Long.MIN_VALUE, Map.of(), List.of());

    public AddressBlocklist(BlockedAddressRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    @Override
    public boolean isBlocked(IpAddress address) {
        Snapshot current = snapshot;
        Instant now = clock.instant();
        Instant single = current.singles().get(address);
        return single != null && now.isBefore(single)
                || current.ranges().stream().anyMatch(r -> now.isBefore(r.until()) && r.range().contains(address));
    }

    /** Whether blocks in force cover all of {@code source} already. */
    private boolean coversWhole(AddressRange source) {
        Snapshot current = snapshot;
        Instant now = clock.instant();
        return source.singleAddress().map(current.singles()::get).filter(now::isBefore).isPresent()
                || current.ranges().stream().anyMatch(r -> now.isBefore(r.until())
                && r.range().prefixLength() <= source.prefixLength() && r.range().overlaps(source));
    }

    /** Reads every block again. */
    public void refresh() {
        long revision = repository.revision();
        Map<IpAddress, Instant> singles = new HashMap<>();
        List<Range> ranges = new ArrayList<>();
        for (BlockedAddress blocked : repository.all()) {
            Instant until = blocked.expiresAt().orElse(Instant.MAX);
            blocked.range().singleAddress().ifPresentOrElse(single -> singles.put(single, until),
                    () -> ranges.add(new Range(blocked.range(), until)));
        }
        snapshot = new Snapshot(revision, Map.copyOf(singles), List.copyOf(ranges));
    }

    /** Reads every block again if the store's revision moved since the last read (a one-row query otherwise). */
    public void refreshIfChanged() {
        if (repository.revision() != snapshot.revision()) {
            refresh();
        }
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
