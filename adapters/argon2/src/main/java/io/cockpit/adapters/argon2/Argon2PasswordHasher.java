package io.cockpit.adapters.argon2;

import io.cockpit.application.port.out.access.PasswordHasher;
import io.cockpit.domain.access.Password;
import io.cockpit.domain.access.PasswordHash;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Argon2id (RFC 9106) from Bouncy Castle, stored in the PHC string format
 * {@code $argon2id$v=19$m=<KiB>,t=<iterations>,p=<lanes>$<salt>$<hash>}. Passwords are hashed in Unicode NFC, so
 * the same password typed on another keyboard still matches. Every hash runs in the {@link HashingPool}, and each of
 * its threads reuses the Argon2 memory of its previous hash.
 */
public final class Argon2PasswordHasher implements PasswordHasher {

    private static final Pattern PHC = Pattern.compile(
            "^\\$argon2id\\$v=19\\$m=(\\d{1,7}),t=(\\d{1,3}),p=(\\d{1,2})\\$([A-Za-z0-9+/]{11,64})\\$([A-Za-z0-9+/]{16,128})$");
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;

    private final Argon2Settings settings;
    private final SecureRandom random;
    private final HashingPool pool;
    /**
     * The Argon2 memory (blocks of 1 KiB) of each hashing thread, kept between hashes and zeroed after each: without
     * it every hash allocated m KiB afresh (32 MiB by default), and the garbage collector copied the blocks of the
     * hashes still running at every young collection. Sized for the configured m; a check of a hash with a larger m
     * allocates the rest and drops it. Only the pool's few threads ever derive.
     */
    private final ThreadLocal<Argon2BytesGenerator.BlockPool> memory;

    public Argon2PasswordHasher(Argon2Settings settings, SecureRandom random, HashingPool pool) {
        this.settings = settings;
        this.random = random;
        this.pool = pool;
        this.memory = ThreadLocal.withInitial(() -> new Argon2BytesGenerator.FixedBlockPool(
                Argon2BytesGenerator.getBlockCount(settings.parallelism(), settings.memoryKiB())));
    }

    private record Parsed(Argon2Settings settings, byte[] salt, byte[] hash) {
    }

    @Override
    public PasswordHash hash(Password password) {
        byte[] salt = randomBytes(SALT_BYTES);
        return encode(salt, pool.run(() -> derive(password, settings, salt, HASH_BYTES)));
    }

    /** Random bytes in the place of the hash: as costly to check as a real one, and no password derives them. */
    @Override
    public PasswordHash unmatchable() {
        return encode(randomBytes(SALT_BYTES), randomBytes(HASH_BYTES));
    }

    @Override
    public boolean verify(Password password, PasswordHash stored) {
        Optional<Parsed> parsed = parse(stored);
        if (parsed.isEmpty()) {
            return false;
        }
        Parsed hash = parsed.get();
        byte[] actual = pool.run(() -> derive(password, hash.settings(), hash.salt(), hash.hash().length));
        return MessageDigest.isEqual(hash.hash(), actual);
    }

    @Override
    public void refuseIfBusy() {
        pool.refuseIfFull();
    }

    @Override
    public boolean needsRehash(PasswordHash stored) {
        return parse(stored).map(parsed -> !parsed.settings().equals(settings)).orElse(true);
    }

    private PasswordHash encode(byte[] salt, byte[] hash) {
        Base64.Encoder base64 = Base64.getEncoder().withoutPadding();
        return new PasswordHash("$argon2id$v=19$m=" + settings.memoryKiB() + ",t=" + settings.iterations()
                + ",p=" + settings.parallelism() + "$" + base64.encodeToString(salt) + "$" + base64.encodeToString(hash));
    }

    private byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    private static Optional<Parsed> parse(PasswordHash stored) {
        Matcher phc = PHC.matcher(stored.encoded());
        if (!phc.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Parsed(new Argon2Settings(Integer.parseInt(phc.group(1)),
                    Integer.parseInt(phc.group(2)), Integer.parseInt(phc.group(3))),
                    Base64.getDecoder().decode(phc.group(4)), Base64.getDecoder().decode(phc.group(5))));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private byte[] derive(Password password, Argon2Settings settings, byte[] salt, int length) {
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(settings.memoryKiB())
                .withIterations(settings.iterations())
                .withParallelism(settings.parallelism())
                .withSalt(salt)
                .withBlockPool(memory.get())
                .build());
        byte[] out = new byte[length];
        generator.generateBytes(Normalizer.normalize(password.value(), Normalizer.Form.NFC)
                .getBytes(StandardCharsets.UTF_8), out);
        return out;
    }
}
