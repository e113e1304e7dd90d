package io.cockpit.application.port.out.statistics;

import io.cockpit.domain.statistics.DayTotals;
import io.cockpit.domain.statistics.RollupMarker;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** A Statistics-ID's rollup marker and the days of a range its rollup keeps with anything counted, read together. */
public record RolledUpDays(Optional<RollupMarker> marker, Map<LocalDate, DayTotals> days) {

    public RolledUpDays {
        Objects.requireNonNull(marker, "marker");
        days = Map.copyOf(days);
    }
}
