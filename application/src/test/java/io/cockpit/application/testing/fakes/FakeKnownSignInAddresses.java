package io.cockpit.application.testing.fakes;

import io.cockpit.application.port.out.access.KnownSignInAddresses;
import io.cockpit.domain.account.UserId;

import java.time.Instant;
import java.util.List;

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
}
