package io.cockpit.application.testing.fakes;

import io.cockpit.application.port.out.access.KnownSignInAddresses;
import io.cockpit.application.port.out.register.ExportedItem;
import io.cockpit.domain.account.UserId;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

public final class FakeKnownSignInAddresses implements KnownSignInAddresses {

    private record KnownAddress(UserId userId, String addressHash, Instant lastSignInAt) {

        List<Object> key() {
            return List.of(userId, addressHash);
        }
    }

    private final FakeDatabase database;
    private final FakeTable<KnownAddress> addresses;

    public FakeKnownSignInAddresses(FakeDatabase database) {
        this.database = database;
        this.addresses = database.table("known_sign_in_address", KnownAddress::key, List.of());
    }

    @Override
    public boolean isKnown(UserId userId, String addressHash) {
        return addresses.find(List.of(userId, addressHash)).isPresent();
    }

    @Override
    public void remember(UserId userId, String addressHash, Instant signedInAt) {
        KnownAddress address = new KnownAddress(userId, addressHash, StoredTime.of(signedInAt));
        database.atomically(() -> {
            if (addresses.update(address.key(), stored -> true, stored -> address).isEmpty()) {
                addresses.insert(address);
            }
            return null;
        });
    }

    /** By last sign-in, then hash, as the SQL reads them. */
    private static final Comparator<KnownAddress> ORDER = Comparator.comparing(KnownAddress::lastSignInAt)
            .thenComparing(KnownAddress::addressHash);

    @Override
    public void export(UserId user, Consumer<ExportedItem> sink) {
        addresses.select(address -> address.userId().equals(user)).stream().sorted(ORDER)
                .map(address -> KnownSignInAddresses.exported(address.addressHash(), address.lastSignInAt()))
                .forEach(sink);
    }

    @Override
    public int erase(UserId user, int limit) {
        return addresses.deleteFirst(address -> address.userId().equals(user), ORDER, limit).size();
    }

    @Override
    public int deleteExpired(Instant cutoff, int limit) {
        return addresses.deleteFirst(address -> address.lastSignInAt().isBefore(cutoff), ORDER, limit).size();
    }
}
