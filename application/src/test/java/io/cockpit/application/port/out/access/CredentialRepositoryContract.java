package io.cockpit.application.port.out.access;

import io.cockpit.application.testing.AccountMother;
import io.cockpit.domain.access.PasswordHash;
import io.cockpit.domain.account.UserId;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

public abstract class CredentialRepositoryContract {

    protected abstract CredentialRepository credentials();

    @Test
    void savesAndReplacesTheHashOfOneUserOnly() {
        UserId user = AccountMother.anAccount().build().userId();
        UserId other = AccountMother.anAccount().build().userId();
        Instant now = Instant.parse("2026-11-29T10:00:00Z");

        credentials().save(user, new PasswordHash("$argon2id$first"), now);
        credentials().save(other, new PasswordHash("$argon2id$other"), now);
        credentials().save(user, new PasswordHash("$argon2id$second"), now.plusSeconds(5));

        assertThat(credentials().find(user)).contains(new PasswordHash("$argon2id$second"));
        assertThat(credentials().find(other)).contains(new PasswordHash("$argon2id$other"));
        assertThat(credentials().find(AccountMother.anAccount().build().userId())).isEmpty();
    }
}
