package io.cockpit.adapters.sentry;

import io.cockpit.application.port.out.telemetry.ReportSubject;
import io.sentry.Hint;
import io.sentry.ISerializer;
import io.sentry.JsonObjectReader;
import io.sentry.SentryEvent;
import io.sentry.SentryOptions;
import io.cockpit.domain.telemetry.TextScrubber;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Sentry's {@code beforeSend}: every event, the server's and the apps', passes here last. It is written out as JSON,
 * scrubbed ({@link SentryEventScrubber} with a {@link TextScrubber} that knows the report's user) and read back; the
 * user becomes the Tracking-ID. An event that cannot be scrubbed is not sent.
 */
final class ScrubbingBeforeSend implements SentryOptions.BeforeSendCallback {

    /** The hint that carries the report's {@link ReportSubject}, if it has one. */
    static final String SUBJECT = "cockpit.subject";

    private final ISerializer serializer;

    ScrubbingBeforeSend(ISerializer serializer) {
        this.serializer = serializer;
    }

    @Override
    public SentryEvent execute(SentryEvent event, Hint hint) {
        Optional<ReportSubject> subject = Optional.ofNullable(hint.get(SUBJECT)).filter(ReportSubject.class::isInstance)
                .map(ReportSubject.class::cast);
        try {
            StringWriter json = new StringWriter();
            serializer.serialize(event, json);
            Object tree = new JsonObjectReader(new StringReader(json.toString())).nextObjectOrNull();
            if (!(tree instanceof Map<?, ?> map)) {
                return null;
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> scrubbed = SentryEventScrubber.scrub((Map<String, Object>) map,
                    subject.map(s -> s.trackingId().value()),
                    TextScrubber.knowing(subject.map(ReportSubject::personalValues).orElse(List.of())));
            return serializer.deserialize(new StringReader(serializer.serialize(scrubbed)), SentryEvent.class);
        } catch (Exception e) {
            return null;
        }
    }
}
