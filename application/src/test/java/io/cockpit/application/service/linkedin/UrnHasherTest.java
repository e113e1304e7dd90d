package io.cockpit.application.service.linkedin;

import io.cockpit.application.security.ServerSecret;
import io.cockpit.application.testing.LinkedInMother;
import io.cockpit.domain.account.UserId;
import io.cockpit.domain.linkedin.Urn;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class UrnHasherTest {

    private static ServerSecret secret(int fill) {
        byte[] bytes = new byte[32];
        Arrays.fill(bytes, (byte) fill);
        return new ServerSecret(bytes);
    }

    @Test
    void isTheKeyedHashOfUserAndUrnUnderItsOwnPurpose() {
        ServerSecret secret = secret(7);
        UserId user = LinkedInMother.aUser();
        Urn urn = LinkedInMother.profileUrn();

        String hash = new UrnHasher(secret).hash(user, urn);

        assertThat(hash).isEqualTo(secret.keyedHash("linkedin-deleted-urn", user.value() + "\n" + urn.value()))
                .matches("[0-9a-f]{64}").doesNotContain(urn.value());
        assertThat(new UrnHasher(secret).hash(LinkedInMother.aUser(), urn)).isNotEqualTo(hash);
        assertThat(new UrnHasher(secret(8)).hash(user, urn)).isNotEqualTo(hash);
        assertThat(new UrnHasher(secret).hash(user, urn)).isEqualTo(hash);
    }
}
