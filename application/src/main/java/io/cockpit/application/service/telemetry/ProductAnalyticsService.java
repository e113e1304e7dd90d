package io.cockpit.application.service.telemetry;

import io.cockpit.application.port.in.privacy.ProcessingPermissionsQuery;
import io.cockpit.application.port.in.telemetry.RecordAppEventsUseCase;
import io.cockpit.application.port.in.telemetry.TrackProductEventUseCase;
import io.cockpit.application.port.out.account.AccountRepository;
import io.cockpit.application.port.out.telemetry.ProductAnalytics;
import io.cockpit.application.port.out.telemetry.TelemetryCounters;
import io.cockpit.domain.account.Account;
import io.cockpit.domain.account.UserId;
import io.cockpit.domain.telemetry.ProductEvent;
import io.cockpit.domain.telemetry.TelemetryOutcome;
import io.cockpit.domain.telemetry.TelemetrySignal;
import io.cockpit.domain.telemetry.TrackedEvent;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;

/**
 * Product events of the use cases and the apps: the allow-list decides what may be sent at all, the user's
 * permissions (no objection, no restriction) whether it is sent now, and the Tracking-ID is its only identity.
 */
public final class ProductAnalyticsService implements TrackProductEventUseCase, RecordAppEventsUseCase {

    private final ProcessingPermissionsQuery permissions;
    private final AccountRepository accounts;
    private final ProductAnalytics analytics;
    private final TelemetryDispatch dispatch;
    private final Clock clock;

    /** @param executor bounded: runs the permission check and hand-over after the request's answer */
    public ProductAnalyticsService(ProcessingPermissionsQuery permissions, AccountRepository accounts,
                                   ProductAnalytics analytics, TelemetryCounters counters, Executor executor,
                                   Clock clock) {
        this.permissions = permissions;
        this.accounts = accounts;
        this.analytics = analytics;
        this.dispatch = new TelemetryDispatch(executor, counters);
        this.clock = clock;
    }

    @Override
    public void track(UserId user, ProductEvent event) {
        dispatch.later(TelemetrySignal.PRODUCT_EVENT, () -> send(user, List.of(event)));
    }

    @Override
    public Receipt record(UserId user, List<AppEvent> events) {
        List<ProductEvent> taken = new ArrayList<>();
        for (AppEvent event : events) {
            ProductEvent.fromApp(event.name(), event.occurredAt(), event.properties(), clock.instant())
                    .ifPresentOrElse(taken::add, () -> dispatch.counters()
                            .count(TelemetrySignal.PRODUCT_EVENT, TelemetryOutcome.DROPPED_NOT_ALLOWED));
        }
        if (!taken.isEmpty()) {
            dispatch.later(TelemetrySignal.PRODUCT_EVENT, () -> send(user, taken));
        }
        return new Receipt(taken.size(), events.size() - taken.size());
    }

    private void send(UserId user, List<ProductEvent> events) {
        Optional<Account> account = permissions.permissions(user).maySendProductAnalytics()
                ? accounts.findById(user) : Optional.empty();
        if (account.isEmpty()) {
            events.forEach(e -> dispatch.counters().count(TelemetrySignal.PRODUCT_EVENT,
                    TelemetryOutcome.DROPPED_NO_PERMISSION));
            return;
        }
        events.forEach(event -> analytics.capture(new TrackedEvent(account.get().trackingId(), event)));
    }
}
