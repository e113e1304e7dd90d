package io.cockpit.domain.telemetry;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One allowed product event: a name from the allow-list, when it happened (to the second) and only the properties
 * its name allows, each with an allowed value. Anything else cannot be built, so it can never be sent.
 */
public record ProductEvent(ProductEventName name, Instant occurredAt, Map<String, Object> properties) {

    /** Events the apps report later than this after they happened are dropped (a clock gone wrong, a replay). */
    public static final Duration OLDEST = Duration.ofHours(24);
    /** ... and those dated further ahead than this. */
    public static final Duration NEWEST = Duration.ofMinutes(5);

    public ProductEvent {
        Objects.requireNonNull(name, "name");
        occurredAt = Objects.requireNonNull(occurredAt, "occurredAt").truncatedTo(ChronoUnit.SECONDS);
        Map<String, Object> copy = new LinkedHashMap<>();
        for (Map.Entry<String, Object> property : Objects.requireNonNull(properties, "properties").entrySet()) {
            PropertyRule rule = name.properties().get(property.getKey());
            if (rule == null || property.getValue() == null || !rule.allows(property.getValue())) {
                throw new IllegalArgumentException(name.wireName() + " does not allow " + property.getKey()
                        + " with that value");
            }
            copy.put(property.getKey(), PropertyRule.normalized(rule, property.getValue()));
        }
        properties = java.util.Collections.unmodifiableMap(copy);
    }

    public static ProductEvent of(ProductEventName name, Instant occurredAt, Map<String, Object> properties) {
        return new ProductEvent(name, occurredAt, properties);
    }

    /**
     * An event an app reported, if the allow-list takes it: an app event by name, allowed properties and values,
     * dated within {@link #OLDEST} before and {@link #NEWEST} after {@code now}. Empty: it is dropped.
     */
    public static Optional<ProductEvent> fromApp(String name, Instant occurredAt, Map<String, Object> properties,
                                                 Instant now) {
        Optional<ProductEventName> known = ProductEventName.fromWireName(name)
                .filter(event -> event.source() == EventSource.APP);
        if (known.isEmpty() || occurredAt == null || properties == null
                || occurredAt.isBefore(now.minus(OLDEST)) || occurredAt.isAfter(now.plus(NEWEST))) {
            return Optional.empty();
        }
        try {
            return Optional.of(new ProductEvent(known.get(), occurredAt, properties));
        } catch (IllegalArgumentException refused) {
            return Optional.empty();
        }
    }
}
