package io.cockpit.application.service.shared;

import io.cockpit.application.port.in.shared.IdempotentRequestsUseCase;
import io.cockpit.application.port.out.shared.IdempotencyStore;
import io.cockpit.application.port.out.shared.IdempotencyStore.IdempotencyRecord;
import io.cockpit.application.security.Sealer;
import io.cockpit.application.security.ServerSecret;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Idempotency keys on the cache port. The store only ever sees a keyed hash of (scope, key), a keyed hash of the
 * request's fingerprint, and the response sealed with AES-GCM: responses may hold personal data and secrets
 * (e-mail, activation token), which must not sit in a cache in clear.
 */
public final class IdempotencyService implements IdempotentRequestsUseCase {

    /** How long a result is replayed. */
    public static final Duration RETENTION = Duration.ofHours(24);
    /** How long a claim blocks the key if its request never completes (a crashed node). */
    static final Duration CLAIM_TTL = Duration.ofMinutes(1);

    private final IdempotencyStore store;
    private final ServerSecret secret;
    private final Sealer sealer;

    public IdempotencyService(IdempotencyStore store, ServerSecret secret, SecureRandom random) {
        this.store = store;
        this.secret = secret;
        this.sealer = new Sealer(secret, "idempotency", random);
    }

    @Override
    public Reservation reserve(String scope, String key, String fingerprint) {
        String storeKey = storeKey(scope, key);
        String hashedFingerprint = secret.keyedHash("idempotency/fingerprint", fingerprint);
        if (store.claim(storeKey, hashedFingerprint, CLAIM_TTL)) {
            return new Proceed(storeKey, hashedFingerprint);
        }
        Optional<IdempotencyRecord> stored = store.find(storeKey);
        if (stored.isEmpty()) {
            // the earlier claim expired just now
            return store.claim(storeKey, hashedFingerprint, CLAIM_TTL)
                    ? new Proceed(storeKey, hashedFingerprint) : new InProgress();
        }
        if (!stored.get().fingerprint().equals(hashedFingerprint)) {
            return new KeyReused();
        }
        if (!stored.get().completed()) {
            return new InProgress();
        }
        return new Replay(decode(sealer.open(stored.get().sealedResponse(), storeKey)));
    }

    @Override
    public void complete(Proceed reservation, RecordedResponse response) {
        byte[] sealed = sealer.seal(encode(response), reservation.storeKey());
        store.complete(reservation.storeKey(), reservation.fingerprint(), sealed, RETENTION);
    }

    @Override
    public void abandon(Proceed reservation) {
        store.release(reservation.storeKey());
    }

    @Override
    public void forget(String scope, String key) {
        store.release(storeKey(scope, key));
    }

    private String storeKey(String scope, String key) {
        return secret.keyedHash("idempotency/key", scope + "\n" + key);
    }

    private static byte[] encode(RecordedResponse response) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(response.status());
            out.writeInt(response.headers().size());
            for (Map.Entry<String, String> header : response.headers().entrySet()) {
                out.writeUTF(header.getKey());
                out.writeUTF(header.getValue());
            }
            out.writeInt(response.body().length);
            out.write(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static RecordedResponse decode(byte[] encoded) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(encoded))) {
            int status = in.readInt();
            int headerCount = in.readInt();
            Map<String, String> headers = new LinkedHashMap<>();
            for (int i = 0; i < headerCount; i++) {
                headers.put(in.readUTF(), in.readUTF());
            }
            byte[] body = new byte[in.readInt()];
            in.readFully(body);
            return new RecordedResponse(status, headers, body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
