package io.cockpit.domain.statistics;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.BitSet;

/**
 * The minutes of one local day spent in one activity, as a set (a minute counts once, however many intervals cover
 * it): minute {@code i} is the {@code i}-th minute after the local day's start, so a 25-hour day has 1,500.
 */
public final class MinutesOfDay {

    /** The most minutes a local day has: 26 hours (a two-hour daylight-saving change). */
    public static final int MOST = 26 * 60;

    private final BitSet minutes;

    private MinutesOfDay(BitSet minutes) {
        if (minutes.length() > MOST) {
            throw new IllegalArgumentException("a local day has at most " + MOST + " minutes");
        }
        this.minutes = minutes;
    }

    public static MinutesOfDay none() {
        return new MinutesOfDay(new BitSet());
    }

    /** The set as {@link #bytes()} gave it. */
    public static MinutesOfDay of(byte[] bytes) {
        return new MinutesOfDay(BitSet.valueOf(bytes));
    }

    /** Which minute of its local day in {@code zone} {@code minute} is. */
    public static int indexOf(Minute minute, LocalDate day, ZoneId zone) {
        return Math.toIntExact(minute.epochMinute() - Minute.of(day.atStartOfDay(zone).toInstant()).epochMinute());
    }

    public MinutesOfDay with(int index) {
        BitSet more = (BitSet) minutes.clone();
        more.set(index);
        return new MinutesOfDay(more);
    }

    public MinutesOfDay plus(MinutesOfDay other) {
        BitSet union = (BitSet) minutes.clone();
        union.or(other.minutes);
        return new MinutesOfDay(union);
    }

    public int count() {
        return minutes.cardinality();
    }

    /** Little-endian bits, at most {@code MOST / 8} bytes. */
    public byte[] bytes() {
        return minutes.toByteArray();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MinutesOfDay that && minutes.equals(that.minutes);
    }

    @Override
    public int hashCode() {
        return minutes.hashCode();
    }

    @Override
    public String toString() {
        return "MinutesOfDay" + Arrays.toString(minutes.stream().toArray());
    }
}
