package io.cockpit.domain.register;

import java.time.Duration;
import java.time.Period;
import java.time.temporal.TemporalAmount;
import java.util.ArrayList;
import java.util.List;

/** Retention periods in words ("30 days", "6 Monate", "24 hours"). */
final class Periods {

    private Periods() {
    }

    static String english(TemporalAmount amount) {
        return amount instanceof Duration duration ? hours(duration, "hour", "hours", "minute", "minutes", " and ")
                : words((Period) amount, "year", "years", "month", "months", "day", "days", " and ");
    }

    static String german(TemporalAmount amount) {
        return amount instanceof Duration duration ? hours(duration, "Stunde", "Stunden", "Minute", "Minuten", " und ")
                : words((Period) amount, "Jahr", "Jahre", "Monat", "Monate", "Tag", "Tage", " und ");
    }

    private static String hours(Duration duration, String hour, String hours, String minute, String minutes,
                                String and) {
        List<String> parts = new ArrayList<>();
        add(parts, (int) duration.toHours(), hour, hours);
        add(parts, duration.toMinutesPart(), minute, minutes);
        return String.join(and, parts);
    }

    private static String words(Period period, String year, String years, String month, String months, String day,
                                String days, String and) {
        List<String> parts = new ArrayList<>();
        add(parts, period.getYears(), year, years);
        add(parts, period.getMonths(), month, months);
        add(parts, period.getDays(), day, days);
        return String.join(and, parts);
    }

    private static void add(List<String> parts, int amount, String one, String many) {
        if (amount != 0) {
            parts.add(amount + " " + (amount == 1 ? one : many));
        }
    }
}
