package io.cockpit.application.service.shared;

import io.cockpit.application.port.in.shared.IdempotentRequestsUseCase.InProgress;
import io.cockpit.application.port.in.shared.IdempotentRequestsUseCase.KeyReused;
import io.cockpit.application.port.in.shared.IdempotentRequestsUseCase.Proceed;
import io.cockpit.application.port.in.shared.IdempotentRequestsUseCase.RecordedResponse;
import io.cockpit.application.port.in.shared.IdempotentRequestsUseCase.Replay;
import io.cockpit.application.port.out.shared.IdempotencyStore;
import io.cockpit.application.security.ServerSecret;
import io.cockpit.application.testing.fakes.FakeStores;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class IdempotencyServiceTest {

    private static final String BODY = "{\"email\":\"jana.schmidt@example.com\",\"activationToken\":\"act_secret\"}";

    private final FakeStores stores = new FakeStores();
    private final ServerSecret secret = new ServerSecret(new byte[32]);
    private final IdempotencyService idempotency = new IdempotencyService(stores.idempotency, secret, new SecureRandom());

    private static RecordedResponse created() {
        return new RecordedResponse(201, Map.of("Location", "/v1/partner/accounts/crm-1"),
                BODY.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theFirstResultIsReplayedForTheSameRequest() {
        Proceed first = (Proceed) idempotency.reserve("partner:acme", "k1", "POST /x\n{}");
        idempotency.complete(first, created());

        Replay replay = (Replay) idempotency.reserve("partner:acme", "k1", "POST /x\n{}");

        assertThat(replay.response().status()).isEqualTo(201);
        assertThat(replay.response().headers()).containsEntry("Location", "/v1/partner/accounts/crm-1");
        assertThat(new String(replay.response().body(), StandardCharsets.UTF_8)).isEqualTo(BODY);
    }

    @Test
    void anotherRequestUnderTheKeyIsRefusedAndARunningOneIsReported() {
        Proceed running = (Proceed) idempotency.reserve("partner:acme", "k2", "POST /x\n{\"a\":1}");

        assertThat(idempotency.reserve("partner:acme", "k2", "POST /x\n{\"a\":1}")).isInstanceOf(InProgress.class);
        assertThat(idempotency.reserve("partner:acme", "k2", "POST /x\n{\"a\":2}")).isInstanceOf(KeyReused.class);
        idempotency.abandon(running);
        assertThat(idempotency.reserve("partner:acme", "k2", "POST /x\n{\"a\":2}")).isInstanceOf(Proceed.class);
    }

    @Test
    void aForgottenKeyRunsAgainAndOnlyInItsScope() {
        idempotency.complete((Proceed) idempotency.reserve("partner:acme", "k4", "POST /x\n{}"), created());
        idempotency.complete((Proceed) idempotency.reserve("partner:globex", "k4", "POST /x\n{}"), created());

        idempotency.forget("partner:acme", "k4");

        assertThat(idempotency.reserve("partner:acme", "k4", "POST /x\n{}")).isInstanceOf(Proceed.class);
        assertThat(idempotency.reserve("partner:globex", "k4", "POST /x\n{}")).isInstanceOf(Replay.class);
    }

    @Test
    void scopesKeepKeysApart() {
        idempotency.complete((Proceed) idempotency.reserve("partner:acme", "k3", "POST /x\n{}"), created());

        assertThat(idempotency.reserve("partner:globex", "k3", "POST /x\n{}")).isInstanceOf(Proceed.class);
    }

    @Test
    void theStoreSeesNeitherTheKeyNorTheResponseInClear() {
        InspectingStore inspecting = new InspectingStore(stores.idempotency);
        IdempotencyService service = new IdempotencyService(inspecting, secret, new SecureRandom());

        service.complete((Proceed) service.reserve("partner:acme", "my-key", "POST /x\n" + BODY), created());

        assertThat(inspecting.lastKey).matches("[0-9a-f]{64}").doesNotContain("my-key");
        assertThat(inspecting.lastFingerprint).matches("[0-9a-f]{64}");
        String stored = new String(inspecting.lastSealed, StandardCharsets.ISO_8859_1);
        assertThat(stored).doesNotContain("jana", "act_secret", "crm-1");
        assertThat(HexFormat.of().formatHex(inspecting.lastSealed))
                .doesNotContain(HexFormat.of().formatHex("jana".getBytes(StandardCharsets.UTF_8)));
    }

    /** Records what reaches the store, then passes it on to the store. */
    private static final class InspectingStore implements IdempotencyStore {
        private final IdempotencyStore delegate;
        String lastKey;
        String lastFingerprint;
        byte[] lastSealed;

        InspectingStore(IdempotencyStore delegate) {
            this.delegate = delegate;
        }

        @Override
        public boolean claim(String key, String fingerprint, Duration claimTtl) {
            lastKey = key;
            lastFingerprint = fingerprint;
            return delegate.claim(key, fingerprint, claimTtl);
        }

        @Override
        public java.util.Optional<IdempotencyRecord> find(String key) {
            return delegate.find(key);
        }

        @Override
        public void complete(String key, String fingerprint, byte[] sealedResponse, Duration ttl) {
            lastSealed = sealedResponse;
            delegate.complete(key, fingerprint, sealedResponse, ttl);
        }

        @Override
        public void release(String key) {
            delegate.release(key);
        }
    }
}
