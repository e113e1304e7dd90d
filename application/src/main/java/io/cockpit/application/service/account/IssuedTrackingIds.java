package io.cockpit.application.service.account;

import io.cockpit.application.port.out.account.AccountRepository;
import io.cockpit.application.port.out.account.TrackingIdRegistry;
import io.cockpit.application.port.out.register.ExportedItem;
import io.cockpit.application.port.out.register.PersonalDataStore;
import io.cockpit.application.security.ServerSecret;
import io.cockpit.domain.account.AccountPersonalData;
import io.cockpit.domain.account.UserId;

import java.util.function.Consumer;

/**
 * The registry of issued Tracking-IDs as the register's export and erasure see it. The registry holds keyed hashes
 * only, linked to no account, so it can show the user's entry only through the account's Tracking-ID. Its erasure
 * has nothing to remove: the hash stays for good (so the Tracking-ID is never issued to anyone else), and the
 * Tracking-ID in clear goes with the account row.
 */
public final class IssuedTrackingIds implements PersonalDataStore {

    private final AccountRepository accounts;
    private final TrackingIdRegistry registry;
    private final ServerSecret secret;

    public IssuedTrackingIds(AccountRepository accounts, TrackingIdRegistry registry, ServerSecret secret) {
        this.accounts = accounts;
        this.registry = registry;
        this.secret = secret;
    }

    @Override
    public String category() {
        return AccountPersonalData.ISSUED_TRACKING_IDS.id();
    }

    /** One item, {@code trackingId, keptAs}, while the account exists and its Tracking-ID is registered. */
    @Override
    public void export(UserId user, Consumer<ExportedItem> sink) {
        accounts.findById(user)
                .filter(account -> registry.isRegistered(TrackingIdIssuer.hashOf(secret, account.trackingId())))
                .ifPresent(account -> sink.accept(ExportedItem.builder()
                        .field("trackingId", account.trackingId().value())
                        .field("keptAs", "keyed hash, kept after the erasure so that it is never issued again")
                        .build()));
    }

    /** 0 always: the registry keeps nothing of the user but the keyed hash, which it keeps for good. */
    @Override
    public int erase(UserId user, int limit) {
        return 0;
    }
}
