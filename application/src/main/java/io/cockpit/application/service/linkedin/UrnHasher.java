package io.cockpit.application.service.linkedin;

import io.cockpit.application.security.ServerSecret;
import io.cockpit.domain.account.UserId;
import io.cockpit.domain.linkedin.Urn;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

/**
 * The keyed hash under which deleted items and suppressed contacts are remembered: HMAC-SHA256, under a key the server
 * secret derives for this purpose, of the User-ID and the URN, so the stored value names no one and the same person
 * has unrelated hashes at two users. A batch hashes hundreds of URNs: the key is derived once and each thread keeps
 * its initialised MAC.
 */
final class UrnHasher {

    private static final String PURPOSE = "linkedin-deleted-urn";

    private final ThreadLocal<Mac> macs;

    UrnHasher(ServerSecret secret) {
        SecretKeySpec key = new SecretKeySpec(secret.derive(PURPOSE), "HmacSHA256");
        this.macs = ThreadLocal.withInitial(() -> {
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(key);
                return mac;
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
            }
        });
    }

    String hash(UserId user, Urn urn) {
        byte[] data = (user.value() + "\n" + urn.value()).getBytes(StandardCharsets.UTF_8);
        return HexFormat.of().formatHex(macs.get().doFinal(data));
    }
}
