package io.cockpit.application.security;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SealerTest {

    private final ServerSecret secret = new ServerSecret("0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8));
    private final Sealer sealer = new Sealer(secret, "test", new SecureRandom());
    private final byte[] plain = "jana.schmidt@example.com".getBytes(StandardCharsets.UTF_8);

    @Test
    void opensWhatItSealedUnderTheSameLabel() {
        byte[] sealed = sealer.seal(plain, "key-1");

        assertThat(sealer.open(sealed, "key-1")).isEqualTo(plain);
        assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("jana");
    }

    @Test
    void refusesAnotherLabelAnotherPurposeAndTampering() {
        byte[] sealed = sealer.seal(plain, "key-1");
        byte[] tampered = sealed.clone();
        tampered[tampered.length - 1] ^= 1;

        assertThatThrownBy(() -> sealer.open(sealed, "key-2")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Sealer(secret, "other", new SecureRandom()).open(sealed, "key-1"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> sealer.open(tampered, "key-1")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sealingTwiceGivesDifferentBytes() {
        assertThat(sealer.seal(plain, "k")).isNotEqualTo(sealer.seal(plain, "k"));
    }
}
