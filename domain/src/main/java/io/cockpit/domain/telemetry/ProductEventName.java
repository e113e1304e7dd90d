package io.cockpit.domain.telemetry;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.cockpit.domain.telemetry.PropertyRule.count;
import static io.cockpit.domain.telemetry.PropertyRule.flag;
import static io.cockpit.domain.telemetry.PropertyRule.oneOf;

/**
 * The allow-list of product events ("user used feature X at 12:00"): every event product analytics can ever
 * receive, with the properties each may carry. The apps' list is published in the contract
 * ({@code AnalyticsEventName} and one properties schema per event; a test compares); docs/privacy.md explains them.
 */
public enum ProductEventName {
    // sent by the server's use cases
    SIGNED_IN("signed_in", EventSource.SERVER, Map.of("method", oneOf("password"))),
    TEMPLATE_CREATED("template_created", EventSource.SERVER, Map.of("variables", count(0, 50))),
    TEMPLATE_PREVIEWED("template_previewed", EventSource.SERVER,
            Map.of("variables", count(0, 50), "complete", flag())),
    // sent by the apps
    SCREEN_VIEWED("screen_viewed", EventSource.APP, Map.of("screen", oneOf("inbox", "contacts", "conversation",
            "templates", "statistics", "recommendations", "settings", "privacy"))),
    SEARCH_RUN("search_run", EventSource.APP, Map.of("scope", oneOf("chats", "contacts"),
            "filters", count(0, 20), "results", oneOf("none", "1-10", "11-100", "more"))),
    TEMPLATE_USED("template_used", EventSource.APP, Map.of("channel", oneOf("message", "connection_note"),
            "edited", flag())),
    FILTER_APPLIED("filter_applied", EventSource.APP, Map.of("by", oneOf("tag", "category", "unread", "date"))),
    RECOMMENDATION_OPENED("recommendation_opened", EventSource.APP, Map.of("position", count(1, 100))),
    SYNC_STARTED("sync_started", EventSource.APP, Map.of("trigger", oneOf("manual", "scheduled", "first_run"))),
    EXPORT_REQUESTED("export_requested", EventSource.APP, Map.of("format", oneOf("json", "zip")));

    private final String wireName;
    private final EventSource source;
    private final Map<String, PropertyRule> properties;

    ProductEventName(String wireName, EventSource source, Map<String, PropertyRule> properties) {
        this.wireName = wireName;
        this.source = source;
        this.properties = new LinkedHashMap<>(properties);
    }

    public String wireName() {
        return wireName;
    }

    public EventSource source() {
        return source;
    }

    /** The properties the event may carry (each optional), with what each may hold. */
    public Map<String, PropertyRule> properties() {
        return java.util.Collections.unmodifiableMap(properties);
    }

    public static Optional<ProductEventName> fromWireName(String name) {
        return Arrays.stream(values()).filter(event -> event.wireName.equals(name)).findFirst();
    }

    /** The events the apps may send, in declaration order. */
    public static List<ProductEventName> fromApps() {
        return Arrays.stream(values()).filter(event -> event.source == EventSource.APP).toList();
    }
}
