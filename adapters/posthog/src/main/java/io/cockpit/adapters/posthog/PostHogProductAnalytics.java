package io.cockpit.adapters.posthog;

import com.posthog.java.HttpSender;
import com.posthog.java.PostHog;
import com.posthog.java.PostHogLogger;
import com.posthog.java.QueueManager;
import io.cockpit.application.port.out.telemetry.ProductAnalytics;
import io.cockpit.application.port.out.telemetry.TelemetryCounters;
import io.cockpit.domain.telemetry.TelemetryOutcome;
import io.cockpit.domain.telemetry.TelemetrySignal;
import io.cockpit.domain.telemetry.TrackedEvent;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Product events to PostHog with its Java client. {@code distinct_id} is the Tracking-ID, the properties are the
 * allow-list's plus {@code $geoip_disable} and {@code $process_person_profile: false} (no location lookup, no person
 * profile); nothing else about the user exists here to send. The client's queue is sent by its own thread in batches;
 * this adapter bounds it: when it holds {@code capacity} events, new ones are dropped and counted.
 */
public final class PostHogProductAnalytics implements ProductAnalytics {

    private static final Logger LOG = System.getLogger(PostHogProductAnalytics.class.getName());

    private final QueueManager queue;
    private final PostHog client;
    private final TelemetryCounters counters;
    private final PostHogSettings settings;
    private volatile boolean closed;

    public PostHogProductAnalytics(PostHogSettings settings, TelemetryCounters counters) {
        this.settings = settings;
        this.counters = counters;
        PostHogLogger logger = new ClassNamesOnly();
        CountingSender sender = new CountingSender(new HttpSender.Builder(settings.apiKey()).host(settings.host())
                .maxRetries(1).initialRetryInterval(Duration.ofMillis(500)).logger(logger).build(), counters);
        this.queue = new QueueManager.Builder(sender).maxQueueSize(50).maxTimeInQueue(Duration.ofMillis(500))
                .sleepMs(50).build();
        this.client = new PostHog.BuilderWithCustomQueueManager(queue, sender).build();
    }

    @Override
    public void capture(TrackedEvent tracked) {
        if (closed || queue.queueSize() >= settings.capacity()) {
            counters.count(TelemetrySignal.PRODUCT_EVENT, TelemetryOutcome.DROPPED_QUEUE_FULL);
            return;
        }
        Map<String, Object> properties = new LinkedHashMap<>(tracked.event().properties());
        properties.put("$geoip_disable", true);
        properties.put("$process_person_profile", false);
        properties.put(CountingSender.OCCURRED_AT, tracked.event().occurredAt().toString());
        client.capture(tracked.distinctId().value(), tracked.event().name().wireName(), properties);
    }

    /** Sends what is queued, waiting at most the drain timeout; a batch still in flight then finishes on its own. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        Thread drain = Thread.ofPlatform().daemon().name("cockpit-posthog-drain").start(client::shutdown);
        try {
            if (!drain.join(settings.drainTimeout())) {
                LOG.log(Level.WARNING, "PostHog did not take the last events within " + settings.drainTimeout());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The client's log, reduced to exception classes: an HTTP client's message can quote what it sent. */
    private static final class ClassNamesOnly implements PostHogLogger {
        @Override
        public void debug(String message) {
        }

        @Override
        public void info(String message) {
        }

        @Override
        public void warn(String message) {
            LOG.log(Level.WARNING, "PostHog: " + message);
        }

        @Override
        public void error(String message) {
            LOG.log(Level.WARNING, "PostHog: " + message);
        }

        @Override
        public void error(String message, Throwable throwable) {
            LOG.log(Level.WARNING, "PostHog: " + message + " (" + throwable.getClass().getSimpleName() + ")");
        }
    }
}
