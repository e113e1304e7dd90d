package io.cockpit.domain.settings;

import io.cockpit.domain.recommendation.Reason;
import io.cockpit.domain.shared.ItemId;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** The template the user wants suggested with each reason of "who to write next"; reasons without one are absent. */
public record DefaultTemplates(Map<Reason, ItemId> byReason) {

    public static final DefaultTemplates NONE = new DefaultTemplates(Map.of());

    public DefaultTemplates {
        EnumMap<Reason, ItemId> copy = new EnumMap<>(Reason.class);
        copy.putAll(byReason);
        byReason = Collections.unmodifiableMap(copy);
    }

    public Optional<ItemId> templateFor(Reason reason) {
        return Optional.ofNullable(byReason.get(reason));
    }
}
