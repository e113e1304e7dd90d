package io.cockpit.domain.access;

import org.junit.jupiter.api.Test;

import java.security.SecureRandom;

import static org.assertj.core.api.Assertions.assertThat;

class SecretTokenTest {

    @Test
    void tokensCarry256RandomBitsBehindTheirPrefix() {
        SecretToken token = SecretToken.generate(TokenKind.ACTIVATION, new SecureRandom());

        assertThat(token.value()).matches("act_[A-Za-z0-9_-]{43}");
    }

    @Test
    void theHashIsTheSha256HexDigest() {
        assertThat(new SecretToken("abc").hash().hex())
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void aTokenNeverPrintsItself() {
        assertThat(new SecretToken("ckp_example").toString()).doesNotContain("ckp_example");
    }
}
