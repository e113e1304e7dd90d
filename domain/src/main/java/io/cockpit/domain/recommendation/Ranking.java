package io.cockpit.domain.recommendation;

import io.cockpit.domain.shared.LocalDay;

import io.cockpit.domain.label.Cadence;
import io.cockpit.domain.shared.ItemId;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * "Who to write next" as a pure function of the contacts and the moment (docs/recommendations.md): which reasons
 * each contact has, which contacts are left out, the score, the order. Days are calendar days in the user's time
 * zone (a message sent yesterday at 23:50 is one day old this morning, whatever the clocks did in between); the
 * hours a reply waits are elapsed hours.
 */
public final class Ranking {

    /** A connection is new for this many calendar days (the day of connecting is day 0). */
    public static final int NEW_CONNECTION_DAYS = 14;
    /** Each day overdue adds a point to a reason, up to this many. */
    public static final int MAX_OVERDUE_POINTS = 14;
    /** Points per step of the category's priority (0-10). */
    public static final int POINTS_PER_PRIORITY = 3;

    private Ranking() {
    }

    /**
     * What the ranking needs besides the contacts: the moment, the user's zone, snoozes and dismissals. Today (in
     * the zone) is worked out once.
     */
    public static final class Context {

        private final Instant now;
        private final ZoneId zone;
        private final Map<ItemId, Instant> snoozedUntil;
        private final Map<ItemId, Map<Reason, Instant>> dismissed;
        private final LocalDay today;
        private final Instant todayStart;

        public Context(Instant now, ZoneId zone, Map<ItemId, Instant> snoozedUntil,
                       Map<ItemId, Map<Reason, Instant>> dismissed) {
            this.now = Objects.requireNonNull(now, "now");
            this.zone = Objects.requireNonNull(zone, "zone");
            this.snoozedUntil = Map.copyOf(snoozedUntil);
            this.dismissed = Map.copyOf(dismissed);
            this.today = LocalDay.of(now, zone);
            this.todayStart = today.start();
        }

        public static Context of(Instant now, ZoneId zone) {
            return new Context(now, zone, Map.of(), Map.of());
        }

        public Instant now() {
            return now;
        }

        public ZoneId zone() {
            return zone;
        }

        public Map<ItemId, Instant> snoozedUntil() {
            return snoozedUntil;
        }

        public Map<ItemId, Map<Reason, Instant>> dismissed() {
            return dismissed;
        }

        LocalDay today() {
            return today;
        }

        long calendarDaysSince(Instant then) {
            return Math.max(0, ChronoUnit.DAYS.between(LocalDate.ofInstant(then, zone), today.date()));
        }
    }

    /** The best {@code limit} recommendations: highest score first, ties by contact id. */
    public static List<Recommendation> rank(Collection<Candidate> candidates, Context context, int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative");
        }
        return top(candidates.stream()
                .map(candidate -> recommend(candidate, context))
                .flatMap(Optional::stream)
                .toList(), limit);
    }

    /**
     * The same as {@link #rank} on the candidates with their true follow-up counts, but reading those counts only for
     * the contacts that reach the top (counting them reads messages). The candidates come with no follow-ups
     * counted, which can only overrate them (more follow-ups only take {@code follow_up_due} away); the counts of
     * the top's contacts the user wrote last to are read with {@code followUpsOf} (absent: none) and the top is
     * ranked again, until every contact in it has its count. The top is then exact: every other contact's true
     * score is at most the one it was ranked with.
     */
    public static List<Recommendation> rankReadingFollowUpsOfTheTop(Collection<Candidate> withoutFollowUps,
                                                                    Function<List<ItemId>, Map<ItemId, Integer>> followUpsOf,
                                                                    Context context, int limit) {
        Map<ItemId, Candidate> byId = new HashMap<>();
        Map<ItemId, Recommendation> all = new HashMap<>();
        for (Candidate c : withoutFollowUps) {
            byId.put(c.contactId(), c);
            recommend(c, context).ifPresent(r -> all.put(c.contactId(), r));
        }
        Set<ItemId> read = new HashSet<>();
        while (true) {
            List<Recommendation> top = top(all.values(), limit);
            List<ItemId> unread = top.stream().map(Recommendation::candidate)
                    .filter(c -> c.awaitsContact() && !read.contains(c.contactId()))
                    .map(Candidate::contactId).toList();
            if (unread.isEmpty()) {
                return top;
            }
            Map<ItemId, Integer> counts = followUpsOf.apply(unread);
            for (ItemId id : unread) {
                read.add(id);
                recommend(byId.get(id).withFollowUpsSent(counts.getOrDefault(id, 0)), context)
                        .ifPresentOrElse(r -> all.put(id, r), () -> all.remove(id));
            }
        }
    }

    /** The best {@code limit} of these recommendations: highest score first, ties by contact id. */
    public static List<Recommendation> top(Collection<Recommendation> recommendations, int limit) {
        return recommendations.stream().sorted(ORDER).limit(limit).toList();
    }

    private static final Comparator<Recommendation> ORDER = Comparator
            .comparingInt(Recommendation::score).reversed()
            .thenComparing(r -> r.candidate().contactId().value());

    /** The contact's recommendation, or none when it is left out or has no reason. */
    public static Optional<Recommendation> recommend(Candidate candidate, Context context) {
        if (excluded(candidate, context)) {
            return Optional.empty();
        }
        List<Finding> reasons = reasons(candidate, context);
        if (reasons.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Recommendation(candidate, reasons, score(reasons, candidate.priority())));
    }

    /** Left out always: "do not contact", written to today (in the user's zone), snoozed. */
    public static boolean excluded(Candidate candidate, Context context) {
        return candidate.doNotContact() || writtenToday(candidate, context) || snoozed(candidate, context);
    }

    public static boolean writtenToday(Candidate candidate, Context context) {
        return candidate.activity().lastOutboundAt()
                .filter(at -> !at.isBefore(context.todayStart))
                .isPresent();
    }

    private static boolean snoozed(Candidate candidate, Context context) {
        Instant until = context.snoozedUntil().get(candidate.contactId());
        return until != null && until.isAfter(context.now());
    }

    /** The contact's reasons that are not dismissed, strongest first. */
    public static List<Finding> reasons(Candidate candidate, Context context) {
        List<Finding> found = new ArrayList<>();
        replyDue(candidate, context).ifPresent(found::add);
        followUpDue(candidate, context).ifPresent(found::add);
        newConnection(candidate, context).ifPresent(found::add);
        keepInTouch(candidate, context).ifPresent(found::add);
        neverWritten(candidate).ifPresent(found::add);
        Map<Reason, Instant> dismissals = context.dismissed().getOrDefault(candidate.contactId(), Map.of());
        Optional<Instant> lastExchange = candidate.activity().lastContactAt();
        found.removeIf(f -> {
            Instant dismissedAt = dismissals.get(f.reason());
            return dismissedAt != null && (lastExchange.isEmpty() || !lastExchange.get().isAfter(dismissedAt));
        });
        found.sort(Comparator.comparingInt(Finding::points).reversed().thenComparing(Finding::reason));
        return List.copyOf(found);
    }

    /** The sum of the reasons' points and {@link #POINTS_PER_PRIORITY} per step of the priority. */
    public static int score(List<Finding> reasons, int priority) {
        return reasons.stream().mapToInt(Finding::points).sum() + POINTS_PER_PRIORITY * priority;
    }

    private static int overduePoints(long overdue) {
        return (int) Math.min(Math.max(overdue, 0), MAX_OVERDUE_POINTS);
    }

    private static Optional<Finding> replyDue(Candidate c, Context context) {
        if (!c.awaitsUser()) {
            return Optional.empty();
        }
        long hours = Math.max(0, Duration.between(c.activity().lastInboundAt().orElseThrow(), context.now()).toHours());
        return Optional.of(new Finding(Reason.REPLY_DUE, hours, 0, 0,
                Reason.REPLY_DUE.basePoints() + overduePoints(hours / 24)));
    }

    private static Optional<Finding> followUpDue(Candidate c, Context context) {
        Cadence cadence = c.cadence();
        if (!c.awaitsContact() || c.followUpsSent() >= cadence.maxFollowUpsOrDefault()) {
            return Optional.empty();
        }
        long days = context.calendarDaysSince(c.activity().lastOutboundAt().orElseThrow());
        int after = cadence.followUpAfterDaysOrDefault();
        if (days < after) {
            return Optional.empty();
        }
        return Optional.of(new Finding(Reason.FOLLOW_UP_DUE, days, c.followUpsSent() + 1,
                cadence.maxFollowUpsOrDefault(), Reason.FOLLOW_UP_DUE.basePoints() + overduePoints(days - after)));
    }

    private static Optional<Finding> newConnection(Candidate c, Context context) {
        if (c.activity().writtenTo() || c.connectedAt().isEmpty()) {
            return Optional.empty();
        }
        long days = context.calendarDaysSince(c.connectedAt().get());
        if (days >= NEW_CONNECTION_DAYS) {
            return Optional.empty();
        }
        return Optional.of(new Finding(Reason.NEW_CONNECTION, days, 0, NEW_CONNECTION_DAYS,
                Reason.NEW_CONNECTION.basePoints() + (int) (NEW_CONNECTION_DAYS - 1 - days)));
    }

    private static Optional<Finding> keepInTouch(Candidate c, Context context) {
        Optional<Integer> cadenceDays = c.cadence().keepInTouchDays();
        Optional<Instant> last = c.activity().lastContactAt();
        if (cadenceDays.isEmpty() || last.isEmpty()) {
            return Optional.empty();
        }
        long days = context.calendarDaysSince(last.get());
        if (days < cadenceDays.get()) {
            return Optional.empty();
        }
        return Optional.of(new Finding(Reason.KEEP_IN_TOUCH, days, 0, cadenceDays.get(),
                Reason.KEEP_IN_TOUCH.basePoints() + overduePoints(days - cadenceDays.get())));
    }

    private static Optional<Finding> neverWritten(Candidate c) {
        if (c.activity().writtenTo() || c.priority() == 0) {
            return Optional.empty();
        }
        return Optional.of(new Finding(Reason.NEVER_WRITTEN, c.priority(), 0, 0, Reason.NEVER_WRITTEN.basePoints()));
    }
}
