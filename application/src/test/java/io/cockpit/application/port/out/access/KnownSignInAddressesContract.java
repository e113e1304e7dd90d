package io.cockpit.application.port.out.access;

import io.cockpit.application.testing.AccountMother;
import io.cockpit.domain.account.UserId;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

public abstract class KnownSignInAddressesContract {

    protected abstract KnownSignInAddresses addresses();

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
}
