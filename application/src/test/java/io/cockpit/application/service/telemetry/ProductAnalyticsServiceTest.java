package io.cockpit.application.service.telemetry;

import io.cockpit.application.port.in.telemetry.RecordAppEventsUseCase.AppEvent;
import io.cockpit.application.port.in.telemetry.RecordAppEventsUseCase.Receipt;
import io.cockpit.application.port.out.telemetry.ProductAnalytics;
import io.cockpit.application.testing.AccountMother;
import io.cockpit.application.testing.fakes.FakeAccountRepository;
import io.cockpit.application.testing.fakes.FakeDatabase;
import io.cockpit.domain.account.Account;
import io.cockpit.domain.account.UserId;
import io.cockpit.domain.privacy.PrivacySwitches;
import io.cockpit.domain.privacy.ProcessingPermissions;
import io.cockpit.domain.telemetry.ProductEvent;
import io.cockpit.domain.telemetry.ProductEventName;
import io.cockpit.domain.telemetry.TelemetryOutcome;
import io.cockpit.domain.telemetry.TelemetrySignal;
import io.cockpit.domain.telemetry.TrackedEvent;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

import static org.assertj.core.api.Assertions.assertThat;

/** Who may be sent to product analytics, as whom, and what becomes of what is not sent. */
class ProductAnalyticsServiceTest {

    private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");
    private static final PrivacySwitches OBJECTED = new PrivacySwitches(true, false, false, false, true);

    private final FakeAccountRepository accounts = new FakeAccountRepository(new FakeDatabase());
    private final Account jana = AccountMother.anAccount().withName("Jana Schmidt").build();
    private final List<TrackedEvent> captured = new ArrayList<>();
    private final Map<TelemetryOutcome, Integer> counted = new HashMap<>();
    private final Map<UserId, ProcessingPermissions> permissions = new HashMap<>();

    ProductAnalyticsServiceTest() {
        accounts.add(jana);
    }

    private ProductAnalyticsService service(Executor executor) {
        ProductAnalytics analytics = new ProductAnalytics() {
            @Override
            public void capture(TrackedEvent event) {
                captured.add(event);
            }

            @Override
            public void close() {
            }
        };
        return new ProductAnalyticsService(user -> permissions.getOrDefault(user,
                new ProcessingPermissions(PrivacySwitches.DEFAULT, false)), accounts, analytics,
                (signal, outcome) -> {
                    assertThat(signal).isEqualTo(TelemetrySignal.PRODUCT_EVENT);
                    counted.merge(outcome, 1, Integer::sum);
                }, executor, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static ProductEvent signedIn() {
        return ProductEvent.of(ProductEventName.SIGNED_IN, NOW, Map.of("method", "password"));
    }

    @Test
    void aUserWhoDidNotObjectIsSentUnderTheTrackingIdOnly() {
        service(Runnable::run).track(jana.userId(), signedIn());

        assertThat(captured).containsExactly(new TrackedEvent(jana.trackingId(), signedIn()));
        assertThat(counted).isEmpty();
    }

    @Test
    void aUserWhoObjectedIsNotSentAndTheDropIsCounted() {
        permissions.put(jana.userId(), new ProcessingPermissions(OBJECTED, false));

        service(Runnable::run).track(jana.userId(), signedIn());

        assertThat(captured).isEmpty();
        assertThat(counted).containsExactlyEntriesOf(Map.of(TelemetryOutcome.DROPPED_NO_PERMISSION, 1));
    }

    @Test
    void aRestrictedUserIsNotSentWhateverTheSwitchesSay() {
        permissions.put(jana.userId(), new ProcessingPermissions(PrivacySwitches.DEFAULT, true));
        ProductAnalyticsService service = service(Runnable::run);

        service.track(jana.userId(), signedIn());
        service.record(jana.userId(), List.of(new AppEvent("screen_viewed", NOW, Map.of("screen", "inbox"))));

        assertThat(captured).isEmpty();
        assertThat(counted).containsExactlyEntriesOf(Map.of(TelemetryOutcome.DROPPED_NO_PERMISSION, 2));
    }

    @Test
    void anAccountThatNoLongerExistsIsNotSent() {
        service(Runnable::run).track(AccountMother.anAccount().build().userId(), signedIn());

        assertThat(captured).isEmpty();
        assertThat(counted).containsExactlyEntriesOf(Map.of(TelemetryOutcome.DROPPED_NO_PERMISSION, 1));
    }

    @Test
    void theAppsEventsOutsideTheAllowListAreDroppedAndCountedNeverSent() {
        Receipt receipt = service(Runnable::run).record(jana.userId(), List.of(
                new AppEvent("screen_viewed", NOW, Map.of("screen", "inbox")),
                new AppEvent("screen_viewed", NOW, Map.of("screen", "jana.schmidt@example.com")),
                new AppEvent("signed_in", NOW, Map.of("method", "password")),
                new AppEvent("user_profile", NOW, Map.of()),
                new AppEvent("search_run", NOW.minusSeconds(25 * 3600), Map.of("scope", "contacts"))));

        assertThat(receipt).isEqualTo(new Receipt(1, 4));
        assertThat(captured).singleElement().satisfies(event -> {
            assertThat(event.distinctId()).isEqualTo(jana.trackingId());
            assertThat(event.event().name()).isEqualTo(ProductEventName.SCREEN_VIEWED);
        });
        assertThat(counted).containsExactlyEntriesOf(Map.of(TelemetryOutcome.DROPPED_NOT_ALLOWED, 4));
    }

    @Test
    void workTheFullQueueRefusesIsDroppedAndCountedAndTheCallerGoesOn() {
        ProductAnalyticsService service = service(work -> {
            throw new RejectedExecutionException("full");
        });

        service.track(jana.userId(), signedIn());

        assertThat(captured).isEmpty();
        assertThat(counted).containsExactlyEntriesOf(Map.of(TelemetryOutcome.DROPPED_QUEUE_FULL, 1));
    }
}
