package io.cockpit.application.testing.fakes;

import io.cockpit.application.port.out.access.PasswordHasher;
import io.cockpit.domain.access.Password;
import io.cockpit.domain.access.PasswordHash;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fast stand-in for the slow password hash: salted SHA-256 of the password in Unicode NFC, stored as
 * {@code $fake$c=<cost>$<salt>$<hash>}. The cost is only a label, so that hashes "from other parameters" exist.
 * Not a secure hash; only for tests.
 */
public final class FakePasswordHasher implements PasswordHasher {

    private static final Pattern FORMAT = Pattern.compile("^\\$fake\\$c=(\\d{1,3})\\$([A-Za-z0-9+/]{22})\\$([A-Za-z0-9+/]{43})$");

    private final int cost;
    private final SecureRandom random = new SecureRandom();

    public FakePasswordHasher(int cost) {
        this.cost = cost;
    }

    /** The prefix of every hash this hasher makes. */
    public String prefix() {
        return "$fake$c=" + cost + "$";
    }

    @Override
    public PasswordHash hash(Password password) {
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        Base64.Encoder base64 = Base64.getEncoder().withoutPadding();
        return new PasswordHash(prefix() + base64.encodeToString(salt) + "$"
                + base64.encodeToString(digest(password, cost, salt)));
    }

    @Override
    public boolean verify(Password password, PasswordHash hash) {
        Matcher parsed = FORMAT.matcher(hash.encoded());
        return parsed.matches() && MessageDigest.isEqual(Base64.getDecoder().decode(parsed.group(3)),
                digest(password, Integer.parseInt(parsed.group(1)), Base64.getDecoder().decode(parsed.group(2))));
    }

    @Override
    public boolean needsRehash(PasswordHash hash) {
        Matcher parsed = FORMAT.matcher(hash.encoded());
        return !parsed.matches() || Integer.parseInt(parsed.group(1)) != cost;
    }

    private static byte[] digest(Password password, int cost, byte[] salt) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(salt);
            sha256.update((byte) cost);
            return sha256.digest(Normalizer.normalize(password.value(), Normalizer.Form.NFC)
                    .getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
