package io.cockpit.bootstrap.capability;

import io.cockpit.adapters.http.HttpRoutes;
import io.cockpit.adapters.http.telemetry.ErrorTunnelApi;
import io.cockpit.adapters.http.telemetry.IdentificationsApi;
import io.cockpit.adapters.http.telemetry.MyTelemetryApi;
import io.cockpit.adapters.memory.DisabledProductAnalytics;
import io.cockpit.adapters.memory.LoggingErrorReporter;
import io.cockpit.adapters.mysql.account.JdbiAccountRepository;
import io.cockpit.adapters.mysql.audit.JdbiAuditLog;
import io.cockpit.adapters.mysql.telemetry.JdbiIdentificationRepository;
import io.cockpit.adapters.posthog.PostHogProductAnalytics;
import io.cockpit.adapters.sentry.SentryErrorReporter;
import io.cockpit.application.port.in.telemetry.ReportErrorUseCase;
import io.cockpit.application.port.in.telemetry.TrackProductEventUseCase;
import io.cockpit.application.port.out.register.PersonalDataStore;
import io.cockpit.application.port.out.telemetry.ErrorReporter;
import io.cockpit.application.port.out.telemetry.ProductAnalytics;
import io.cockpit.application.port.out.telemetry.TelemetryCounters;
import io.cockpit.application.service.telemetry.ErrorReportingService;
import io.cockpit.application.service.telemetry.IdentificationService;
import io.cockpit.application.service.telemetry.ProductAnalyticsService;
import io.cockpit.bootstrap.config.TelemetrySettings;
import io.cockpit.domain.register.PersonalDataCategory;
import io.cockpit.domain.telemetry.TelemetryPersonalData;

import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Product analytics (PostHog, or disabled), error reporting (Sentry, or the log) with the error-report tunnel, and
 * the operator's identification of Tracking-IDs. The permissions come from privacy; the failures of requests
 * (the HTTP adapter's error mapping) and of background jobs (the leased jobs) are reported here. Closing it sends what
 * is queued, for a few seconds at most.
 */
public final class TelemetryCapability implements Capability, AutoCloseable {

    /** Work the permission checks wait in; more is dropped and counted. */
    static final int QUEUE = 10_000;

    private final ProductAnalytics analytics;
    private final ErrorReporter reporter;
    private final ThreadPoolExecutor dispatch;
    private final ProductAnalyticsService productEvents;
    private final ErrorReportingService errors;
    private final JdbiIdentificationRepository identifications;
    private final List<HttpRoutes> routes;

    public TelemetryCapability(Platform platform, PrivacyCapability privacy, TelemetryCounters counters) {
        TelemetrySettings settings = platform.settings().telemetry();
        this.analytics = settings.posthog().<ProductAnalytics>map(p -> new PostHogProductAnalytics(p, counters))
                .orElseGet(() -> new DisabledProductAnalytics(counters));
        this.reporter = settings.sentry().<ErrorReporter>map(s -> new SentryErrorReporter(s, counters))
                .orElseGet(() -> new LoggingErrorReporter(counters));
        this.dispatch = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(QUEUE),
                Thread.ofPlatform().daemon().name("cockpit-telemetry").factory(), new ThreadPoolExecutor.AbortPolicy());
        JdbiAccountRepository accounts = platform.repository(JdbiAccountRepository::new);
        this.productEvents = new ProductAnalyticsService(privacy.permissions(), accounts, analytics, counters,
                dispatch, platform.clock());
        this.errors = new ErrorReportingService(privacy.permissions(), accounts, reporter, counters, dispatch,
                platform.clock());
        this.identifications = platform.repository(JdbiIdentificationRepository::new);
        IdentificationService identify = new IdentificationService(accounts, privacy.permissions(), identifications,
                platform.repository(JdbiAuditLog::new), platform.transactions(), platform.clock());
        platform.jobs().reportFailuresTo(errors::jobFailed);
        this.routes = List.of(MyTelemetryApi.routes(productEvents, identify), ErrorTunnelApi.routes(errors),
                IdentificationsApi.routes(identify));
    }

    /** What the use cases call at meaningful moments. */
    public TrackProductEventUseCase productEvents() {
        return productEvents;
    }

    /** What the HTTP adapter's error mapping calls for every 5xx. */
    public ReportErrorUseCase errors() {
        return errors;
    }

    @Override
    public List<PersonalDataCategory> personalData() {
        return TelemetryPersonalData.categories();
    }

    @Override
    public List<PersonalDataStore> personalDataStores() {
        return List.of(identifications);
    }

    @Override
    public List<HttpRoutes> routes() {
        return routes;
    }

    /** Lets the permission checks finish (up to 5 s), then drains the adapters' queues. */
    @Override
    public void close() {
        dispatch.shutdown();
        try {
            dispatch.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        analytics.close();
        reporter.close();
    }
}
