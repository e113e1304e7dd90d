package io.cockpit.application.port.out.access;

import io.cockpit.application.port.out.register.ExportedItem;
import io.cockpit.application.port.out.register.PersonalDataStore;
import io.cockpit.application.port.out.register.PersonalDataStoreCases;
import io.cockpit.application.testing.AccountMother;
import io.cockpit.domain.account.UserId;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

public abstract class KnownSignInAddressesContract implements PersonalDataStoreCases {

    private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");

    protected abstract KnownSignInAddresses addresses();

    private static String hash(int n) {
        return String.format("%064x", n);
    }

    @Test
    void remembersAnAddressForItsUserOnly() {
        UserId user = AccountMother.anAccount().build().userId();
        UserId other = AccountMother.anAccount().build().userId();
        String hash = "a".repeat(64);
        Instant now = Instant.parse("2026-11-29T10:00:00Z");

        assertThat(addresses().isKnown(user, hash)).isFalse();
        addresses().remember(user, hash, now);
        addresses().remember(user, hash, now.plusSeconds(60));

        assertThat(addresses().isKnown(user, hash)).isTrue();
        assertThat(addresses().isKnown(other, hash)).isFalse();
        assertThat(addresses().isKnown(user, "b".repeat(64))).isFalse();
    }

    @Override
    public PersonalDataStore personalData() {
        return addresses();
    }

    @Override
    public int giveData(UserId user) {
        for (int i = 1; i <= 3; i++) {
            addresses().remember(user, hash(i), NOW.minusSeconds(i));
        }
        return 3;
    }

    @Override
    public boolean holdsDataOf(UserId user) {
        return addresses().isKnown(user, hash(1)) || addresses().isKnown(user, hash(2))
                || addresses().isKnown(user, hash(3));
    }

    @Override
    public List<String> exportedFields() {
        return List.of("addressHash", "lastSignInAt");
    }

    @Test
    void theExportListsTheAddressesByLastSignIn() {
        UserId user = AccountMother.anAccount().build().userId();
        giveData(user);

        List<ExportedItem> items = new ArrayList<>();
        addresses().export(user, items::add);

        assertThat(items).extracting(item -> item.fields().get("addressHash"))
                .containsExactly(hash(3), hash(2), hash(1));
    }

    @Test
    void addressesNotUsedSinceTheCutoffAreDeletedInBatches() {
        UserId user = AccountMother.anAccount().build().userId();
        UserId other = AccountMother.anAccount().build().userId();
        addresses().remember(user, hash(1), NOW.minusSeconds(100));
        addresses().remember(user, hash(2), NOW.minusSeconds(50));
        addresses().remember(other, hash(1), NOW.minusSeconds(99));
        addresses().remember(user, hash(3), NOW);
        addresses().remember(user, hash(2), NOW.plusSeconds(1));

        assertThat(addresses().deleteExpired(NOW, 1)).isEqualTo(1);
        assertThat(addresses().deleteExpired(NOW, 1)).isEqualTo(1);
        assertThat(addresses().deleteExpired(NOW, 1)).as("used again, or at the cutoff").isZero();

        assertThat(addresses().isKnown(user, hash(1))).isFalse();
        assertThat(addresses().isKnown(other, hash(1))).isFalse();
        assertThat(addresses().isKnown(user, hash(2))).isTrue();
        assertThat(addresses().isKnown(user, hash(3))).isTrue();
    }
}
