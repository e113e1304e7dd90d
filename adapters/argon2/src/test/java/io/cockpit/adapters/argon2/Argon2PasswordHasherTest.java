package io.cockpit.adapters.argon2;

import io.cockpit.application.port.out.access.PasswordHasher;
import io.cockpit.application.port.out.access.PasswordHasherContract;
import io.cockpit.domain.access.Password;
import io.cockpit.domain.access.PasswordHash;
import io.cockpit.domain.shared.DomainException;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The password hasher contract on Argon2id, with small parameters to keep the test quick. */
class Argon2PasswordHasherTest extends PasswordHasherContract {

    private static final HashingPool POOL = new HashingPool(2, Duration.ofSeconds(30));

    private final Argon2PasswordHasher hasher = new Argon2PasswordHasher(new Argon2Settings(1024, 2, 1),
            new SecureRandom(), POOL);

    @Override
    protected PasswordHasher hasher() {
        return hasher;
    }

    @Override
    protected PasswordHasher hasherWithOtherParameters() {
        return new Argon2PasswordHasher(new Argon2Settings(2048, 1, 1), new SecureRandom(), POOL);
    }

    @Test
    void writesTheStandardPhcFormatWithItsParameters() {
        assertThat(hasher.hash(new Password("correct horse battery staple")).encoded())
                .matches("\\$argon2id\\$v=19\\$m=1024,t=2,p=1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}");
    }

    /** Produced by the reference implementation (Debian package argon2): {@code echo -n PASSWORD | argon2 SALT -id ... -e}. */
    @Test
    void verifiesHashesOfTheReferenceImplementation() {
        assertThat(hasher.verify(new Password("password"), new PasswordHash(
                "$argon2id$v=19$m=1024,t=2,p=1$c29tZXNhbHQ$7FfsnA6vUe7qLpL/3Kqc3uR48ZJyFbUVt7jWZlf0Htk"))).isTrue();
        assertThat(hasher.verify(new Password("correct horse battery staple"), new PasswordHash(
                "$argon2id$v=19$m=4096,t=3,p=2$c2FsdHNhbHRzYWx0c2FsdA$pJhSxtOqRcOY9qR/oaX8VAx0mXySpy4WJ0qlDivIVEY")))
                .isTrue();
        assertThat(hasher.verify(new Password("Password"), new PasswordHash(
                "$argon2id$v=19$m=1024,t=2,p=1$c29tZXNhbHQ$7FfsnA6vUe7qLpL/3Kqc3uR48ZJyFbUVt7jWZlf0Htk"))).isFalse();
    }

    /** One thread reuses its Argon2 memory: the hashes after the first (also with other m and lanes) stay right. */
    @Test
    void aThreadThatReusesItsMemoryStillMatchesTheReferenceImplementation() {
        HashingPool single = new HashingPool(1, Duration.ofSeconds(30));
        Argon2PasswordHasher reusing = new Argon2PasswordHasher(new Argon2Settings(1024, 2, 1), new SecureRandom(),
                single);
        PasswordHash small = new PasswordHash(
                "$argon2id$v=19$m=1024,t=2,p=1$c29tZXNhbHQ$7FfsnA6vUe7qLpL/3Kqc3uR48ZJyFbUVt7jWZlf0Htk");
        PasswordHash larger = new PasswordHash(
                "$argon2id$v=19$m=4096,t=3,p=2$c2FsdHNhbHRzYWx0c2FsdA$pJhSxtOqRcOY9qR/oaX8VAx0mXySpy4WJ0qlDivIVEY");
        for (int round = 0; round < 3; round++) {
            assertThat(reusing.verify(new Password("password"), small)).as("round %d", round).isTrue();
            assertThat(reusing.verify(new Password("correct horse battery staple"), larger)).as("round %d", round)
                    .isTrue();
            assertThat(reusing.verify(new Password("Password"), small)).as("round %d", round).isFalse();
        }
        single.close();
    }

    @Test
    void hashesAndChecksWaitForASlotOfThePoolAndAreRefusedWhenNoneFrees() throws Exception {
        HashingPool single = new HashingPool(1, Duration.ofMillis(50));
        Argon2PasswordHasher bounded = new Argon2PasswordHasher(new Argon2Settings(1024, 1, 1), new SecureRandom(),
                single);
        PasswordHash stored = bounded.hash(new Password("correct horse battery staple"));
        try (HashingPoolTest.HeldSlots held = HashingPoolTest.holdAll(single)) {
            assertThatThrownBy(() -> bounded.verify(new Password("correct horse battery staple"), stored))
                    .isInstanceOf(DomainException.class)
                    .extracting(failure -> ((DomainException) failure).code()).isEqualTo("server.busy");
            assertThatThrownBy(() -> bounded.hash(new Password("another passphrase here")))
                    .isInstanceOf(DomainException.class);
            assertThat(bounded.unmatchable().encoded()).as("made without hashing").startsWith("$argon2id$");
        }

        assertThat(bounded.verify(new Password("correct horse battery staple"), stored)).isTrue();
        assertThat(single.completed()).isEqualTo(3);
        assertThat(single.refused()).isEqualTo(2);
        single.close();
    }
}
