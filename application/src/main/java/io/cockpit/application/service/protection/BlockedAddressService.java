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
import io.cockpit.domain.protection.BlockedAddress;
import io.cockpit.domain.protection.ProtectionErrors;

import java.time.Clock;
import java.util.UUID;

/** Operator staff list, add and lift blocks; each call is written to the audit log in the same transaction. */
public final class BlockedAddressService implements ManageBlockedAddressesUseCase {

    private final BlockedAddressRepository repository;
    private final AddressBlocklist blocklist;
    private final AuditLog audit;
    private final Transactions transactions;
    private final Clock clock;

    public BlockedAddressService(BlockedAddressRepository repository, AddressBlocklist blocklist, AuditLog audit,
                                 Transactions transactions, Clock clock) {
        this.repository = repository;
        this.blocklist = blocklist;
        this.audit = audit;
        this.transactions = transactions;
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
    public BlockedAddress block(String operator, AddressRange range, String reason) {
        BlockedAddress blocked = new BlockedAddress(UUID.randomUUID().toString(), range, reason.strip(), operator,
                clock.instant());
        try {
            transactions.inTransaction(() -> {
                repository.add(blocked);
                audit.record(new AuditEvent(operator, "blocked_addresses.block", range.text(), blocked.blockedAt()));
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
}
