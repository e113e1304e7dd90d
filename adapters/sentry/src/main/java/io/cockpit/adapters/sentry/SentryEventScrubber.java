package io.cockpit.adapters.sentry;

import io.cockpit.domain.shared.Text;
import io.cockpit.domain.telemetry.TextScrubber;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The structural half of scrubbing a Sentry event (the text half is {@link TextScrubber}), on the event as a JSON
 * tree: the user becomes the Tracking-ID alone; of the request only the method, the URL without query or fragment
 * and an allow-list of headers stay (no cookies, body, query string or environment); local variables of stack frames
 * and the server name go; every other string, and every map key, is scrubbed as text. A pure function.
 */
public final class SentryEventScrubber {

    /** Request headers that are kept: none of them says who the user is. */
    static final Set<String> HEADER_ALLOW_LIST = Set.of("content-type", "content-length", "accept", "x-request-id");
    private static final Set<String> REQUEST_KEPT = Set.of("method", "url", "headers");
    private static final Set<String> DROPPED = Set.of("server_name", "vars");

    private SentryEventScrubber() {
    }

    /** @param trackingId the only user identity the event may carry; empty: no user at all */
    public static Map<String, Object> scrub(Map<String, Object> event, Optional<String> trackingId,
                                            TextScrubber text) {
        Map<String, Object> scrubbed = new LinkedHashMap<>();
        for (Map.Entry<String, Object> entry : event.entrySet()) {
            String key = entry.getKey();
            switch (key) {
                case "user" -> { }
                case "request" -> {
                    if (entry.getValue() instanceof Map<?, ?> request) {
                        scrubbed.put(key, request(request, text));
                    }
                }
                default -> {
                    if (!DROPPED.contains(key)) {
                        scrubbed.put(text.scrub(key), value(entry.getValue(), text));
                    }
                }
            }
        }
        trackingId.ifPresent(id -> scrubbed.put("user", Map.of("id", id)));
        return scrubbed;
    }

    private static Map<String, Object> request(Map<?, ?> request, TextScrubber text) {
        Map<String, Object> kept = new LinkedHashMap<>();
        for (Map.Entry<?, ?> entry : request.entrySet()) {
            String key = String.valueOf(entry.getKey());
            if (!REQUEST_KEPT.contains(key)) {
                continue;
            }
            if (key.equals("headers") && entry.getValue() instanceof Map<?, ?> headers) {
                Map<String, Object> allowed = new LinkedHashMap<>();
                headers.forEach((name, value) -> {
                    if (HEADER_ALLOW_LIST.contains(String.valueOf(name).toLowerCase(Locale.ROOT))) {
                        allowed.put(String.valueOf(name), value(value, text));
                    }
                });
                kept.put(key, allowed);
            } else if (key.equals("url") && entry.getValue() instanceof String url) {
                kept.put(key, Text.withoutQueryOrFragment(text.scrub(url)));
            } else {
                kept.put(key, value(entry.getValue(), text));
            }
        }
        return kept;
    }

    private static Object value(Object value, TextScrubber text) {
        if (value instanceof String string) {
            return text.scrub(string);
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> scrubbed = new LinkedHashMap<>();
            map.forEach((key, inner) -> {
                if (!DROPPED.contains(String.valueOf(key))) {
                    scrubbed.put(text.scrub(String.valueOf(key)), value(inner, text));
                }
            });
            return scrubbed;
        }
        if (value instanceof List<?> list) {
            List<Object> scrubbed = new ArrayList<>(list.size());
            list.forEach(item -> scrubbed.add(value(item, text)));
            return scrubbed;
        }
        return value;
    }
}
