package io.cockpit.domain.recommendation;

import io.cockpit.domain.label.Cadence;
import io.cockpit.domain.linkedin.ContactActivity;
import io.cockpit.domain.shared.ItemId;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Each reason and each exclusion of "who to write next", at fixed moments in Europe/Berlin. */
class RankingTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    /** Monday 30 November 2026, 10:00 in Berlin (09:00 UTC). */
    private static final Instant NOW = berlin(2026, 11, 30, 10, 0);

    private static Instant berlin(int year, int month, int day, int hour, int minute) {
        return ZonedDateTime.of(year, month, day, hour, minute, 0, 0, BERLIN).toInstant();
    }

    private static Ranking.Context at(Instant now) {
        return Ranking.Context.of(now, BERLIN);
    }

    private static ContactActivity activity(Instant firstOut, Instant lastOut, Instant lastIn) {
        return new ContactActivity(Optional.ofNullable(firstOut), Optional.ofNullable(lastOut),
                Optional.ofNullable(lastIn));
    }

    private static Candidate contact(ContactActivity activity) {
        return new Candidate(ItemId.random(), false, Optional.empty(), activity, 0, 0, Cadence.DEFAULT);
    }

    private static List<Reason> reasons(Candidate candidate, Ranking.Context context) {
        return Ranking.recommend(candidate, context).map(r -> r.reasons().stream().map(Finding::reason).toList())
                .orElse(List.of());
    }

    @Nested
    class ReplyDue {

        @Test
        void theyWroteLastAndTheHoursWaitedAreCounted() {
            Candidate c = contact(activity(NOW.minus(Duration.ofDays(3)), NOW.minus(Duration.ofDays(3)),
                    NOW.minus(Duration.ofHours(26))));

            Finding found = Ranking.recommend(c, at(NOW)).orElseThrow().reasons().getFirst();

            assertThat(found.reason()).isEqualTo(Reason.REPLY_DUE);
            assertThat(found.amount()).isEqualTo(26);
            assertThat(found.points()).isEqualTo(51);
        }

        @Test
        void theyWroteButTheUserNeverDid() {
            Candidate c = contact(activity(null, null, NOW.minus(Duration.ofMinutes(5))));

            assertThat(reasons(c, at(NOW))).containsExactly(Reason.REPLY_DUE);
        }

        @Test
        void notWhenTheUserAnsweredLast() {
            Candidate c = contact(activity(NOW.minus(Duration.ofDays(2)), NOW.minus(Duration.ofDays(1)),
                    NOW.minus(Duration.ofDays(2))));

            assertThat(reasons(c, at(NOW))).doesNotContain(Reason.REPLY_DUE);
        }
    }

    @Nested
    class FollowUpDue {

        private final Instant wrote = berlin(2026, 11, 26, 18, 0);

        @Test
        void afterTheDefaultFourDaysWithoutAnswer() {
            Candidate c = contact(activity(wrote, wrote, null));

            Finding found = Ranking.recommend(c, at(NOW)).orElseThrow().reasons().getFirst();

            assertThat(found.reason()).isEqualTo(Reason.FOLLOW_UP_DUE);
            assertThat(found.amount()).isEqualTo(4);
            assertThat(found.followUp()).isEqualTo(1);
            assertThat(found.limit()).isEqualTo(2);
            assertThat(reasons(c, at(berlin(2026, 11, 29, 23, 59)))).isEmpty();
        }

        @Test
        void theCategorysCadenceDecidesWhenAndHowOften() {
            Cadence weekly = new Cadence(Optional.of(7), Optional.of(1), Optional.empty());
            Candidate first = new Candidate(ItemId.random(), false, Optional.empty(), activity(wrote, wrote, null), 0,
                    0, weekly);
            Candidate rested = new Candidate(ItemId.random(), false, Optional.empty(), activity(wrote, wrote, null), 1,
                    0, weekly);

            assertThat(reasons(first, at(NOW))).isEmpty();
            assertThat(reasons(first, at(berlin(2026, 12, 3, 0, 0)))).containsExactly(Reason.FOLLOW_UP_DUE);
            assertThat(reasons(rested, at(berlin(2026, 12, 3, 0, 0)))).as("at most one follow-up: it rests")
                    .isEmpty();
        }

        @Test
        void afterTwoFollowUpsByDefaultTheContactRests() {
            Candidate twice = new Candidate(ItemId.random(), false, Optional.empty(), activity(wrote, wrote, null), 2,
                    0, Cadence.DEFAULT);
            Candidate once = new Candidate(ItemId.random(), false, Optional.empty(), activity(wrote, wrote, null), 1,
                    0, Cadence.DEFAULT);

            assertThat(reasons(twice, at(NOW))).isEmpty();
            assertThat(Ranking.recommend(once, at(NOW)).orElseThrow().reasons().getFirst().followUp()).isEqualTo(2);
        }

        @Test
        void notWhenTheyAnswered() {
            Candidate c = contact(activity(wrote, wrote, wrote.plusSeconds(60)));

            assertThat(reasons(c, at(NOW))).doesNotContain(Reason.FOLLOW_UP_DUE);
        }
    }

    @Nested
    class NewConnection {

        @Test
        void connectedInTheLastFourteenDaysAndNeverWrittenTo() {
            Candidate fresh = new Candidate(ItemId.random(), false, Optional.of(berlin(2026, 11, 17, 8, 0)),
                    ContactActivity.NONE, 0, 0, Cadence.DEFAULT);
            Candidate old = new Candidate(ItemId.random(), false, Optional.of(berlin(2026, 11, 16, 23, 0)),
                    ContactActivity.NONE, 0, 0, Cadence.DEFAULT);
            Candidate today = new Candidate(ItemId.random(), false, Optional.of(NOW.minusSeconds(60)),
                    ContactActivity.NONE, 0, 0, Cadence.DEFAULT);

            assertThat(reasons(fresh, at(NOW))).containsExactly(Reason.NEW_CONNECTION);
            assertThat(reasons(old, at(NOW))).isEmpty();
            Finding newest = Ranking.recommend(today, at(NOW)).orElseThrow().reasons().getFirst();
            assertThat(newest.amount()).isZero();
            assertThat(newest.points()).isEqualTo(43);
        }

        @Test
        void notOnceWrittenTo() {
            Instant wrote = NOW.minus(Duration.ofDays(1));
            Candidate c = new Candidate(ItemId.random(), false, Optional.of(NOW.minus(Duration.ofDays(2))),
                    activity(wrote, wrote, null), 0, 0, Cadence.DEFAULT);

            assertThat(reasons(c, at(NOW))).doesNotContain(Reason.NEW_CONNECTION);
        }
    }

    @Nested
    class NeverWritten {

        @Test
        void onlyInACategoryWithAPriority() {
            Candidate prioritised = new Candidate(ItemId.random(), false, Optional.empty(), ContactActivity.NONE, 0, 6,
                    Cadence.DEFAULT);
            Candidate plain = new Candidate(ItemId.random(), false, Optional.empty(), ContactActivity.NONE, 0, 0,
                    Cadence.DEFAULT);

            Recommendation r = Ranking.recommend(prioritised, at(NOW)).orElseThrow();
            assertThat(r.reasons()).extracting(Finding::reason).containsExactly(Reason.NEVER_WRITTEN);
            assertThat(r.score()).isEqualTo(10 + 3 * 6);
            assertThat(reasons(plain, at(NOW))).isEmpty();
        }
    }

    @Nested
    class KeepInTouch {

        private final Cadence monthly = new Cadence(Optional.empty(), Optional.empty(), Optional.of(30));

        @Test
        void whenTheCategorysDaysPassedSinceTheLastExchange() {
            Instant wrote = berlin(2026, 10, 31, 12, 0);
            Instant answered = berlin(2026, 10, 31, 13, 0);
            Candidate due = new Candidate(ItemId.random(), false, Optional.empty(), activity(wrote, wrote, answered), 0,
                    0, monthly);

            Finding found = Ranking.recommend(due, at(NOW)).orElseThrow().reasons().stream()
                    .filter(f -> f.reason() == Reason.KEEP_IN_TOUCH).findFirst().orElseThrow();
            assertThat(found.amount()).isEqualTo(30);
            assertThat(found.limit()).isEqualTo(30);
            assertThat(reasons(due, at(berlin(2026, 11, 29, 23, 59)))).doesNotContain(Reason.KEEP_IN_TOUCH);
        }

        @Test
        void neverWithoutACadenceOrAnExchange() {
            Instant longAgo = NOW.minus(Duration.ofDays(400));
            Candidate noCadence = contact(activity(longAgo, longAgo, longAgo.plusSeconds(1)));
            Candidate noExchange = new Candidate(ItemId.random(), false, Optional.empty(), ContactActivity.NONE, 0, 0,
                    monthly);

            assertThat(reasons(noCadence, at(NOW))).doesNotContain(Reason.KEEP_IN_TOUCH);
            assertThat(reasons(noExchange, at(NOW))).isEmpty();
        }
    }

    @Nested
    class Exclusions {

        private final Instant theyWrote = NOW.minus(Duration.ofHours(5));

        @Test
        void doNotContact() {
            Candidate c = new Candidate(ItemId.random(), true, Optional.empty(), activity(null, null, theyWrote), 0, 9,
                    Cadence.DEFAULT);

            assertThat(Ranking.recommend(c, at(NOW))).isEmpty();
        }

        @Test
        void writtenToTodayInTheUsersZone() {
            Instant justAfterMidnight = berlin(2026, 11, 30, 0, 1);
            Instant justBeforeMidnight = berlin(2026, 11, 29, 23, 59);
            Candidate today = contact(activity(justAfterMidnight, justAfterMidnight, theyWrote));
            Candidate yesterday = contact(activity(justBeforeMidnight, justBeforeMidnight, theyWrote));

            assertThat(Ranking.recommend(today, at(NOW))).isEmpty();
            assertThat(Ranking.recommend(yesterday, at(NOW))).isPresent();
            assertThat(Ranking.recommend(yesterday, Ranking.Context.of(NOW, ZoneId.of("Asia/Tokyo"))))
                    .as("in Tokyo it was already Monday at 07:59").isEmpty();
        }

        @Test
        void snoozedUntilALaterTime() {
            Candidate c = contact(activity(null, null, theyWrote));
            Ranking.Context snoozed = new Ranking.Context(NOW, BERLIN, Map.of(c.contactId(), NOW.plusSeconds(1)),
                    Map.of());
            Ranking.Context over = new Ranking.Context(NOW, BERLIN, Map.of(c.contactId(), NOW), Map.of());

            assertThat(Ranking.recommend(c, snoozed)).isEmpty();
            assertThat(Ranking.recommend(c, over)).isPresent();
        }

        @Test
        void aDismissedReasonUntilANewMessageComes() {
            Candidate c = new Candidate(ItemId.random(), false, Optional.empty(), activity(null, null, theyWrote), 0, 4,
                    Cadence.DEFAULT);
            Ranking.Context dismissedReply = new Ranking.Context(NOW, BERLIN, Map.of(),
                    Map.of(c.contactId(), Map.of(Reason.REPLY_DUE, theyWrote.plusSeconds(1))));
            Ranking.Context dismissedBefore = new Ranking.Context(NOW, BERLIN, Map.of(),
                    Map.of(c.contactId(), Map.of(Reason.REPLY_DUE, theyWrote.minusSeconds(1))));

            assertThat(reasons(c, dismissedReply)).as("its other reason stays").containsExactly(Reason.NEVER_WRITTEN);
            assertThat(reasons(c, dismissedBefore)).contains(Reason.REPLY_DUE);
        }

        @Test
        void aContactWithoutAnyReasonIsNotSuggested() {
            Candidate c = contact(ContactActivity.NONE);

            assertThat(Ranking.recommend(c, at(NOW))).isEmpty();
        }
    }

    @Nested
    class Order {

        @Test
        void byScoreThenById() {
            Instant theyWrote = NOW.minus(Duration.ofHours(2));
            Candidate a = new Candidate(new ItemId("00000000-0000-4000-8000-000000000002"), false, Optional.empty(),
                    activity(null, null, theyWrote), 0, 0, Cadence.DEFAULT);
            Candidate b = new Candidate(new ItemId("00000000-0000-4000-8000-000000000001"), false, Optional.empty(),
                    activity(null, null, theyWrote), 0, 0, Cadence.DEFAULT);
            Candidate top = new Candidate(ItemId.random(), false, Optional.empty(), activity(null, null, theyWrote), 0,
                    10, Cadence.DEFAULT);

            List<Recommendation> ranked = Ranking.rank(List.of(a, b, top), at(NOW), 2);

            assertThat(ranked).extracting(r -> r.candidate().contactId()).containsExactly(top.contactId(),
                    b.contactId());
        }
    }
}
