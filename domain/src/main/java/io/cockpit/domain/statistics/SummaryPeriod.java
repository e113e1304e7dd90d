package io.cockpit.domain.statistics;

import java.time.LocalDate;
import java.util.Locale;

/** The periods the summary covers: the last 7, 30 or 365 local days, today included. */
public enum SummaryPeriod {
    WEEK(7), MONTH(30), YEAR(365);

    private final int days;

    SummaryPeriod(int days) {
        this.days = days;
    }

    public DayRange endingOn(LocalDate today) {
        return DayRange.ending(today, days);
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static SummaryPeriod fromWireName(String wireName) {
        return valueOf(wireName.toUpperCase(Locale.ROOT));
    }
}
