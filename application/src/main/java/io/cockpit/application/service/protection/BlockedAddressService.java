package io.cockpit.application.service.protection;

import io.cockpit.application.paging.Page;
import io.cockpit.application.paging.PageRequest;
import io.cockpit.application.port.in.protection.ManageBlockedAddressesUseCase;
import io.cockpit.application.port.out.audit.AuditLog;
import io.cockpit.application.port.out.protection.BlockedAddressRepository;
import io.cockpit.application.port.out.shared.Transactions;
import io.cockpit.application.port.out.shared.UniquenessViolation;
import io.cockpit.domain.audit.AuditEvent;
import io.cockpit.domain.protection.AddressRange;
import io.cockpit.domain.protection.BlockRules;
import io.cockpit.domain.protection.BlockedAddress;
import io.cockpit.domain.protection.IpAddress;
import io.cockpit.domain.protection.ProtectionErrors;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Operator staff list, add and lift blocks within the {@link BlockRules}; each call is written to the audit log in
 * the same transaction. Expired blocks are removed by {@link #removeExpired()}, a leased job.
 */
public final class BlockedAddressService implements ManageBlockedAddressesUseCase {

    private final BlockedAddressRepository repository;
    private final AddressBlocklist blocklist;
    private final AuditLog audit;
    private final Transactions transactions;
    private final BlockRules rules;
    private final Clock clock;

    public BlockedAddressService(BlockedAddressRepository repository, AddressBlocklist blocklist, AuditLog audit,
                                 Transactions transactions, BlockRules rules, Clock clock) {
        this.repository = repository;
        this.blocklist = blocklist;
        this.audit = audit;
        this.transactions = transactions;
        this.rules = rules;
        this.clock = clock;
    }

    @Override
    public Page<BlockedAddress> list(String operator, PageRequest page) {
        return transactions.inTransaction(() -> {
            audit.record(new AuditEvent(operator, "blocked_addresses.list", "-", clock.instant()));
            return repository.list(page);
        });
    }

    @Override
    public BlockedAddress block(String operator, IpAddress caller, AddressRange range, String reason,
                               Optional<Instant> expiresAt) {
        Instant now = clock.instant();
        rules.check(range, caller, expiresAt, now);
        BlockedAddress blocked = new BlockedAddress(UUID.randomUUID().toString(), range, reason.strip(), operator,
                now, expiresAt);
        String target = range.text() + expiresAt.map(until -> " until " + until).orElse("");
        try {
            transactions.inTransaction(() -> {
                repository.deleteExpired(now); // an expired block of the same range must not stand in the way
                repository.add(blocked);
                audit.record(new AuditEvent(operator, "blocked_addresses.block", target, now));
                return null;
            });
        } catch (UniquenessViolation exists) {
            throw ProtectionErrors.alreadyBlocked();
        }
        blocklist.refresh();
        return blocked;
    }

    @Override
    public void unblock(String operator, String id) {
        transactions.inTransaction(() -> {
            if (!repository.delete(id)) {
                throw ProtectionErrors.blockNotFound();
            }
            audit.record(new AuditEvent(operator, "blocked_addresses.unblock", id, clock.instant()));
            return null;
        });
        blocklist.refresh();
    }

    /** Removes the blocks that have expired (they stopped applying at their expiry already); how many. */
    public int removeExpired() {
        int removed = repository.deleteExpired(clock.instant());
        if (removed > 0) {
            blocklist.refresh();
        }
        return removed;
    }
}
