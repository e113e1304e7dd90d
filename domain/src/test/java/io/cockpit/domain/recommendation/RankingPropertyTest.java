package io.cockpit.domain.recommendation;

import io.cockpit.domain.shared.LocalDay;

import io.cockpit.domain.label.Cadence;
import io.cockpit.domain.linkedin.ContactActivity;
import io.cockpit.domain.shared.ItemId;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The ranking's promises for any contacts, moments and zones. */
class RankingPropertyTest {

    private static final Instant BASE = Instant.parse("2026-01-01T00:00:00Z");
    private static final List<ZoneId> ZONES = List.of(ZoneId.of("Europe/Berlin"), ZoneId.of("America/New_York"),
            ZoneId.of("Asia/Kolkata"), ZoneId.of("Pacific/Chatham"), ZoneId.of("America/Santiago"), ZoneId.of("UTC"));

    @Provide
    Arbitrary<Ranking.Context> contexts() {
        return Combinators.combine(Arbitraries.longs().between(0, Duration.ofDays(365).toMinutes()),
                Arbitraries.of(ZONES)).as((minutes, zone) -> Ranking.Context.of(BASE.plus(Duration.ofMinutes(minutes))
                .plus(Duration.ofDays(60)), zone));
    }

    @Provide
    Arbitrary<List<Candidate>> candidates() {
        Arbitrary<Optional<Instant>> times = Arbitraries.longs().between(0, Duration.ofDays(430).toMinutes())
                .map(m -> BASE.plus(Duration.ofMinutes(m))).optional(0.7);
        Arbitrary<Cadence> cadences = Combinators.combine(
                Arbitraries.integers().between(1, 30).optional(0.5),
                Arbitraries.integers().between(0, 4).optional(0.5),
                Arbitraries.integers().between(1, 90).optional(0.5)).as(Cadence::new);
        Arbitrary<Candidate> one = Combinators.combine(Arbitraries.randomValue(r -> new ItemId(new UUID(r.nextLong(),
                        r.nextLong()).toString())), Arbitraries.of(true, false).map(b -> b && Math.random() < 0.2),
                times, times, times, Arbitraries.integers().between(0, 4), Arbitraries.integers().between(0, 10),
                cadences).as((id, dnc, connected, out, in, followUps, priority, cadence) ->
                new Candidate(id, dnc, connected, new ContactActivity(out, out, in), followUps, priority, cadence));
        return one.list().ofMaxSize(40);
    }

    @Property(tries = 300)
    void aContactWrittenToTodayNeverAppears(@ForAll("candidates") List<Candidate> candidates,
                                            @ForAll("contexts") Ranking.Context context) {
        List<Candidate> all = new ArrayList<>(candidates);
        Instant earlierToday = context.now().minus(Duration.between(LocalDay.of(context.now(), context.zone()).start(),
                context.now()).dividedBy(2));
        all.add(new Candidate(ItemId.random(), false, Optional.of(context.now()),
                new ContactActivity(Optional.of(earlierToday), Optional.of(earlierToday),
                        Optional.of(earlierToday.plusSeconds(1).isAfter(context.now()) ? earlierToday
                                : earlierToday.plusSeconds(1))), 0, 10,
                new Cadence(Optional.of(1), Optional.empty(), Optional.of(1))));

        List<Recommendation> ranked = Ranking.rank(all, context, 100);

        LocalDay today = LocalDay.of(context.now(), context.zone());
        assertThat(ranked).noneMatch(r -> r.candidate().activity().lastOutboundAt()
                .filter(at -> !at.isBefore(today.start())).isPresent());
        assertThat(ranked).noneMatch(r -> r.candidate().doNotContact());
    }

    @Property(tries = 300)
    void addingAReasonNeverLowersAScore(@ForAll("findings") List<Finding> reasons, @ForAll("findings") List<Finding> more,
                                        @ForAll @IntRange(min = 0, max = 10) int priority) {
        List<Finding> all = new ArrayList<>(reasons);
        all.addAll(more);

        assertThat(Ranking.score(all, priority)).isGreaterThanOrEqualTo(Ranking.score(reasons, priority));
        assertThat(Ranking.score(reasons, priority)).isGreaterThanOrEqualTo(Ranking.score(reasons, 0));
    }

    @Provide
    Arbitrary<List<Finding>> findings() {
        return Combinators.combine(Arbitraries.of(Reason.class), Arbitraries.longs().between(0, 1000),
                Arbitraries.integers().between(0, 30)).as((reason, amount, extra) ->
                new Finding(reason, amount, 0, 0, reason.basePoints() + extra)).list().ofMaxSize(5);
    }

    @Property(tries = 200)
    void aCandidateWithAnExtraReasonScoresAtLeastAsHigh(@ForAll("contexts") Ranking.Context context,
                                                       @ForAll @IntRange(min = 1, max = 10) int priority) {
        // never written to, connected today: new_connection; a priority adds never_written on top
        Candidate plain = new Candidate(ItemId.random(), false, Optional.of(context.now()), ContactActivity.NONE, 0, 0,
                Cadence.DEFAULT);
        Candidate prioritised = new Candidate(plain.contactId(), false, Optional.of(context.now()),
                ContactActivity.NONE, 0, priority, Cadence.DEFAULT);

        Recommendation a = Ranking.recommend(plain, context).orElseThrow();
        Recommendation b = Ranking.recommend(prioritised, context).orElseThrow();

        assertThat(b.reasons()).hasSize(a.reasons().size() + 1);
        assertThat(b.score()).isGreaterThan(a.score());
    }

    @Property(tries = 200)
    void theOrderIsTotalAndTheSameForAnyInputOrder(@ForAll("candidates") List<Candidate> candidates,
                                                   @ForAll("contexts") Ranking.Context context,
                                                   @ForAll @Size(max = 40) List<@IntRange(max = 1000) Integer> shuffle) {
        List<Candidate> reordered = new ArrayList<>(candidates);
        for (int i = 0; i < shuffle.size() && reordered.size() > 1; i++) {
            int from = shuffle.get(i) % reordered.size();
            reordered.add(reordered.remove(from));
        }

        List<Recommendation> ranked = Ranking.rank(candidates, context, 100);

        assertThat(Ranking.rank(reordered, context, 100)).isEqualTo(ranked);
        assertThat(ranked).isSortedAccordingTo(Comparator.comparingInt(Recommendation::score).reversed()
                .thenComparing(r -> r.candidate().contactId().value()));
        Set<ItemId> ids = new HashSet<>();
        ranked.forEach(r -> assertThat(ids.add(r.candidate().contactId())).isTrue());
        ranked.forEach(r -> assertThat(r.score()).isEqualTo(Ranking.score(r.reasons(), r.candidate().priority())));
    }

    @Property(tries = 200)
    void aSnoozedContactNeverAppearsUntilItsTime(@ForAll("candidates") List<Candidate> candidates,
                                                 @ForAll("contexts") Ranking.Context context) {
        if (candidates.isEmpty()) {
            return;
        }
        ItemId snoozed = candidates.getFirst().contactId();
        Ranking.Context withSnooze = new Ranking.Context(context.now(), context.zone(),
                Map.of(snoozed, context.now().plusSeconds(1)), Map.of());

        assertThat(Ranking.rank(candidates, withSnooze, 100)).noneMatch(r -> r.candidate().contactId().equals(snoozed));
    }

    @Property(tries = 300)
    void readingFollowUpsOfTheTopOnlyGivesTheSameTopAsKnowingThemAll(
            @ForAll("candidates") List<Candidate> candidates, @ForAll("contexts") Ranking.Context context,
            @ForAll @IntRange(min = 1, max = 10) int limit) {
        Map<ItemId, Integer> truth = new java.util.HashMap<>();
        candidates.forEach(c -> truth.put(c.contactId(), c.followUpsSent()));
        List<Candidate> unknown = candidates.stream().map(c -> c.withFollowUpsSent(0)).toList();
        List<ItemId> asked = new ArrayList<>();

        List<Recommendation> lazily = Ranking.rankReadingFollowUpsOfTheTop(unknown, ids -> {
            asked.addAll(ids);
            Map<ItemId, Integer> counts = new java.util.HashMap<>();
            ids.forEach(id -> counts.put(id, truth.get(id)));
            return counts;
        }, context, limit);

        // the count is read only where it matters (the user wrote last): compare what the user sees
        assertThat(lazily).extracting(r -> r.candidate().contactId(), Recommendation::reasons, Recommendation::score)
                .isEqualTo(Ranking.rank(candidates, context, limit).stream()
                        .map(r -> org.assertj.core.groups.Tuple.tuple(r.candidate().contactId(), r.reasons(), r.score()))
                        .toList());
        assertThat(new HashSet<>(asked)).as("each asked at most once").hasSameSizeAs(asked);
    }
}
