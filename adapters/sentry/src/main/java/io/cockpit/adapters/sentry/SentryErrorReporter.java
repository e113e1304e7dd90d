package io.cockpit.adapters.sentry;

import io.cockpit.application.port.out.telemetry.ClientErrorReport;
import io.cockpit.application.port.out.telemetry.ErrorReport;
import io.cockpit.application.port.out.telemetry.ErrorReporter;
import io.cockpit.application.port.out.telemetry.TelemetryCounters;
import io.cockpit.domain.telemetry.TelemetryOutcome;
import io.cockpit.domain.telemetry.TelemetrySignal;
import io.sentry.Hint;
import io.sentry.ISerializer;
import io.sentry.JsonObjectReader;
import io.sentry.SentryClient;
import io.sentry.SentryEvent;
import io.sentry.SentryLevel;
import io.sentry.SentryOptions;
import io.sentry.protocol.SentryId;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Error reports to Sentry with its Java SDK: a client of its own (not the global hub, which the SDK's integrations
 * would feed with whatever they catch), {@code sendDefaultPii} off, no server name, breadcrumbs, threads or modules,
 * and {@link ScrubbingBeforeSend} as the last step before anything leaves. One thread sends, one report at a time,
 * from a bounded queue: a full queue drops and counts, and a slow Sentry only lengthens that queue.
 */
public final class SentryErrorReporter implements ErrorReporter {

    private static final Logger LOG = System.getLogger(SentryErrorReporter.class.getName());

    private final SentrySettings settings;
    private final TelemetryCounters counters;
    private final SentryOptions options;
    private final SentryClient client;
    private final ThreadPoolExecutor sender;

    public SentryErrorReporter(SentrySettings settings, TelemetryCounters counters) {
        this.settings = settings;
        this.counters = counters;
        this.options = new SentryOptions();
        options.setDsn(settings.dsn());
        options.setEnvironment(settings.environment());
        options.setSendDefaultPii(false);
        options.setAttachServerName(false);
        options.setAttachStacktrace(false);
        options.setAttachThreads(false);
        options.setSendModules(false);
        options.setMaxBreadcrumbs(0);
        options.setSendClientReports(false);
        options.setEnableAutoSessionTracking(false);
        options.setEnableUncaughtExceptionHandler(false);
        options.setEnableShutdownHook(false);
        options.setEnableExternalConfiguration(false);
        options.setEnableDeduplication(false);
        options.setFlushTimeoutMillis(settings.sendTimeout().toMillis());
        options.setBeforeSend(new ScrubbingBeforeSend(options.getSerializer()));
        this.client = new SentryClient(options);
        this.sender = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(settings.capacity()),
                Thread.ofPlatform().daemon().name("cockpit-sentry").factory(), new ThreadPoolExecutor.AbortPolicy());
    }

    @Override
    public void report(ErrorReport report) {
        submit(TelemetrySignal.ERROR_REPORT, () -> {
            SentryEvent event = new SentryEvent(report.failure());
            event.setLevel(SentryLevel.ERROR);
            event.setTag("where", report.where());
            report.tags().forEach(event::setTag);
            send(TelemetrySignal.ERROR_REPORT, event, report.subject().orElse(null));
        });
    }

    @Override
    public void forward(ClientErrorReport report) {
        submit(TelemetrySignal.CLIENT_ERROR_REPORT, () -> {
            Optional<List<EnvelopeItems.Item>> items = EnvelopeItems.read(report.envelope());
            if (items.isEmpty()) {
                counters.count(TelemetrySignal.CLIENT_ERROR_REPORT, TelemetryOutcome.DROPPED_NOT_ALLOWED);
                return;
            }
            for (EnvelopeItems.Item item : items.get()) {
                SentryEvent event = item.type().equals("event") ? event(item.payload()) : null;
                if (event == null) {
                    counters.count(TelemetrySignal.CLIENT_ERROR_REPORT, TelemetryOutcome.DROPPED_NOT_ALLOWED);
                } else {
                    send(TelemetrySignal.CLIENT_ERROR_REPORT, event, report.subject().orElse(null));
                }
            }
        });
    }

    /**
     * An app's error event as the SDK's model, or null: only what {@link AppEventAllowList} keeps, whose text is then
     * scrubbed in beforeSend with the report's user.
     */
    private SentryEvent event(byte[] payload) {
        try {
            Object tree = new JsonObjectReader(new StringReader(new String(payload, StandardCharsets.UTF_8)))
                    .nextObjectOrNull();
            if (!(tree instanceof Map<?, ?> map)) {
                return null;
            }
            Map<String, Object> event = AppEventAllowList.kept(map);
            ISerializer serializer = options.getSerializer();
            return serializer.deserialize(new StringReader(serializer.serialize(event)), SentryEvent.class);
        } catch (Exception e) {
            return null;
        }
    }

    private void submit(TelemetrySignal signal, Runnable work) {
        try {
            sender.execute(() -> {
                try {
                    work.run();
                } catch (RuntimeException e) {
                    counters.count(signal, TelemetryOutcome.FAILED);
                    LOG.log(Level.WARNING, "error report not sent: " + e.getClass().getSimpleName());
                }
            });
        } catch (RejectedExecutionException full) {
            counters.count(signal, TelemetryOutcome.DROPPED_QUEUE_FULL);
        }
    }

    /** Captures the event through beforeSend and waits (on the sender thread) until the transport sent it. */
    private void send(TelemetrySignal signal, SentryEvent event, Object subject) {
        Hint hint = new Hint();
        hint.set(ScrubbingBeforeSend.SUBJECT, subject);
        SentryId id = client.captureEvent(event, null, hint);
        if (SentryId.EMPTY_ID.equals(id)) {
            counters.count(signal, TelemetryOutcome.FAILED);
            return;
        }
        client.flush(settings.sendTimeout().toMillis());
        counters.count(signal, TelemetryOutcome.SENT);
    }

    /** Sends what is queued, waiting at most the send timeout, then closes the client. */
    @Override
    public void close() {
        sender.shutdown();
        try {
            if (!sender.awaitTermination(settings.sendTimeout().toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.log(Level.WARNING, "Sentry did not take the last reports within " + settings.sendTimeout());
                sender.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        client.close();
    }
}
