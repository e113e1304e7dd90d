package io.cockpit.application.port.out.access;

import io.cockpit.domain.access.Password;
import io.cockpit.domain.access.PasswordHash;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

public abstract class PasswordHasherContract {

    protected abstract PasswordHasher hasher();

    /** A hasher like {@link #hasher()} but with other cost parameters. */
    protected abstract PasswordHasher hasherWithOtherParameters();

    @Test
    void verifiesTheRightPasswordOnly() {
        PasswordHash hash = hasher().hash(new Password("correct horse battery staple"));

        assertThat(hasher().verify(new Password("correct horse battery staple"), hash)).isTrue();
        assertThat(hasher().verify(new Password("correct horse battery stapler"), hash)).isFalse();
        assertThat(hasher().verify(new Password(""), hash)).isFalse();
    }

    @Test
    void saltsEveryHashAndNeverStoresThePassword() {
        PasswordHash first = hasher().hash(new Password("correct horse battery staple"));
        PasswordHash second = hasher().hash(new Password("correct horse battery staple"));

        assertThat(first).isNotEqualTo(second);
        assertThat(first.encoded()).doesNotContain("horse");
    }

    @Test
    void theSameTextInAnotherUnicodeFormStillMatches() {
        PasswordHash composed = hasher().hash(new Password("caf\u00e9 au lait, bitte"));

        assertThat(hasher().verify(new Password("cafe\u0301 au lait, bitte"), composed)).isTrue();
    }

    @Test
    void hashesFromOtherParametersStillVerifyButAskToBeRedone() {
        PasswordHash old = hasherWithOtherParameters().hash(new Password("correct horse battery staple"));

        assertThat(hasher().verify(new Password("correct horse battery staple"), old)).isTrue();
        assertThat(hasher().needsRehash(old)).isTrue();
        assertThat(hasher().needsRehash(hasher().hash(new Password("correct horse battery staple")))).isFalse();
    }

    @Test
    void anUnmatchableHashHasTheCurrentParametersAndMatchesNoPassword() {
        PasswordHash unmatchable = hasher().unmatchable();

        assertThat(hasher().needsRehash(unmatchable)).as("made with the current parameters, so as costly to check")
                .isFalse();
        assertThat(hasher().verify(new Password("correct horse battery staple"), unmatchable)).isFalse();
        assertThat(hasher().unmatchable()).isNotEqualTo(unmatchable);
    }

    @Test
    void unreadableHashesNeverVerify() {
        assertThat(hasher().verify(new Password("x"), new PasswordHash("$2a$10$notargon"))).isFalse();
        assertThat(hasher().needsRehash(new PasswordHash("$2a$10$notargon"))).isTrue();
    }
}
