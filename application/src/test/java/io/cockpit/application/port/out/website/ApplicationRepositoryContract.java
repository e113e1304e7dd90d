package io.cockpit.application.port.out.website;

import io.cockpit.application.paging.Page;
import io.cockpit.application.paging.PageRequest;
import io.cockpit.application.port.out.shared.StaleWriteException;
import io.cockpit.application.port.out.shared.Transactions;
import io.cockpit.application.testing.WebsiteMother;
import io.cockpit.domain.account.EmailAddress;
import io.cockpit.domain.shared.ItemId;
import io.cockpit.domain.website.Application;
import io.cockpit.domain.website.ApplicationFilter;
import io.cockpit.domain.website.ApplicationNote;
import io.cockpit.domain.website.ApplicationStatus;
import io.cockpit.domain.website.HoldReason;
import io.cockpit.domain.website.JobReference;
import io.cockpit.domain.website.NoteText;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

public abstract class ApplicationRepositoryContract {

    private static final Instant NOW = Instant.parse("2026-05-04T08:30:00.123Z");

    protected abstract ApplicationRepository applications();

    protected abstract Transactions transactions();

    private Application added(String job, boolean talentPool, Instant at) {
        Application application = WebsiteMother.application(WebsiteMother.uniqueEmail(), job, talentPool, at);
        applications().add(application);
        return application;
    }

    private static String job() {
        return "job-" + ItemId.random().value().substring(0, 8);
    }

    @Test
    void keepsEveryFieldThroughItsChanges() {
        Application application = added(job(), true, NOW);

        assertThat(applications().find(application.id())).contains(application);
        assertThat(applications().find(ItemId.random())).isEmpty();

        Application interviewing = applications().update(
                application.moveTo(ApplicationStatus.INTERVIEWING, NOW.plusSeconds(60)));
        Application held = applications().update(interviewing.placeHold(new HoldReason("Verfahren vor dem ArbG"),
                NOW.plus(Duration.ofDays(400)), NOW.plusSeconds(120)));
        Application rejected = applications().update(held.moveTo(ApplicationStatus.REJECTED, NOW.plusSeconds(180)));

        assertThat(interviewing.version()).isEqualTo(1);
        assertThat(rejected.version()).isEqualTo(3);
        assertThat(applications().find(application.id())).contains(rejected);
        assertThat(rejected.endedAt()).contains(NOW.plusSeconds(180));
        assertThat(rejected.legalHold()).hasValueSatisfying(hold ->
                assertThat(hold.reason().value()).isEqualTo("Verfahren vor dem ArbG"));
        assertThat(rejected.talentPool()).isEqualTo(application.talentPool());
        Application erasureAsked = applications().update(rejected.withdrawnUnderHold(NOW.plusSeconds(240)));
        assertThat(applications().find(application.id())).contains(erasureAsked);
        assertThat(erasureAsked.erasureRequestedAt()).contains(NOW.plusSeconds(240));
        assertThat(erasureAsked.eraseAfter()).isEqualTo(NOW.plus(Duration.ofDays(400)));
        assertThat(erasureAsked.talentPool()).isEmpty();
    }

    @Test
    void aChangeBasedOnAnOldVersionIsRefused() {
        Application application = added(job(), false, NOW);
        applications().update(application.moveTo(ApplicationStatus.INTERVIEWING, NOW.plusSeconds(1)));

        assertThatThrownBy(() -> applications().update(application.moveTo(ApplicationStatus.HIRED,
                NOW.plusSeconds(2)))).isInstanceOf(StaleWriteException.class);
        assertThat(applications().find(application.id()).orElseThrow().status())
                .isEqualTo(ApplicationStatus.INTERVIEWING);
    }

    @Test
    void isFoundByEitherWithdrawalTokenUntilItLeavesThePool() {
        Application application = added(job(), true, NOW);
        var poolToken = application.talentPool().orElseThrow().withdrawal();

        assertThat(applications().findByWithdrawal(application.withdrawal())).contains(application);
        assertThat(applications().findByTalentPoolWithdrawal(poolToken)).contains(application);
        assertThat(applications().findByWithdrawal(poolToken)).isEmpty();
        assertThat(applications().findByTalentPoolWithdrawal(application.withdrawal())).isEmpty();

        Application left = applications().update(application.leaveTalentPool(NOW.plusSeconds(1)));

        assertThat(left.talentPool()).isEmpty();
        assertThat(applications().findByTalentPoolWithdrawal(poolToken)).isEmpty();
        assertThat(applications().find(application.id())).contains(left);
    }

    @Test
    void listsTheNewestFirstByJobAndStatusInPages() {
        String job = job();
        List<Application> ofJob = new ArrayList<>();
        for (int minutes : List.of(5, 0, 20, 20, 10)) {
            ofJob.add(added(job, false, NOW.plusSeconds(60L * minutes)));
        }
        Application rejected = applications().update(ofJob.get(1).moveTo(ApplicationStatus.REJECTED, NOW.plusSeconds(3600)));
        added(job(), false, NOW);

        List<Application> seen = all(page -> applications().list(
                new ApplicationFilter(Optional.of(new JobReference(job)), Optional.empty()), page));

        assertThat(seen).extracting(Application::id)
                .containsExactlyInAnyOrderElementsOf(ofJob.stream().map(Application::id).toList());
        assertThat(seen).extracting(Application::receivedAt).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(applications().list(new ApplicationFilter(Optional.of(new JobReference(job)),
                Optional.of(ApplicationStatus.REJECTED)), PageRequest.first(10)).items()).containsExactly(rejected);
    }

    @Test
    void listsTheTalentPoolTheLatestConsentFirst() {
        Application older = added(job(), true, NOW.minusSeconds(10));
        Application newer = added(job(), true, NOW.plusSeconds(10));
        Application notInPool = added(job(), false, NOW.plusSeconds(20));

        List<Application> pool = all(page -> applications().talentPool(page));

        assertThat(pool).extracting(Application::id).containsSubsequence(newer.id(), older.id())
                .doesNotContain(notInPool.id());
    }

    @Test
    void isFoundByItsAddressWithoutRegardToCase() {
        String email = WebsiteMother.uniqueEmail();
        Application first = WebsiteMother.application(email, job(), false, NOW);
        Application second = WebsiteMother.application(email.toUpperCase(java.util.Locale.ROOT), job(), true,
                NOW.plusSeconds(1));
        applications().add(second);
        applications().add(first);

        assertThat(applications().findByEmail(new EmailAddress(email))).containsExactly(first, second);
        assertThat(applications().findByEmail(new EmailAddress(WebsiteMother.uniqueEmail()))).isEmpty();
    }

    @Test
    void isDueWhenItsRetentionDateHasCome() {
        Instant ended = Instant.parse("2020-03-10T10:00:00Z");
        Instant sixMonthsLater = ended.atZone(ZoneOffset.UTC).plus(Period.ofMonths(6)).toInstant();
        Application rejected = added(job(), false, ended.minusSeconds(60));
        rejected = applications().update(rejected.moveTo(ApplicationStatus.REJECTED, ended));
        Application held = added(job(), false, ended.minusSeconds(60));
        held = applications().update(held.moveTo(ApplicationStatus.HIRED, ended));
        held = applications().update(held.placeHold(new HoldReason("Streit"), sixMonthsLater.plusSeconds(3600),
                ended));
        Application running = added(job(), false, ended.minusSeconds(60));

        assertThat(applications().dueForErasure(sixMonthsLater.minusMillis(1), 100))
                .doesNotContain(rejected.id(), held.id(), running.id());
        assertThat(applications().dueForErasure(sixMonthsLater, 100)).contains(rejected.id())
                .doesNotContain(held.id(), running.id());
        assertThat(applications().dueForErasure(sixMonthsLater.plusSeconds(3600), 100))
                .contains(rejected.id(), held.id()).doesNotContain(running.id());
        assertThat(applications().dueForErasure(sixMonthsLater.plusSeconds(3600), 1)).hasSize(1);
    }

    @Test
    void aTalentPoolConsentEndsTwoYearsAfterItWasGiven() {
        Instant consented = Instant.parse("2019-02-28T12:00:00Z");
        Application inPool = added(job(), true, consented);
        Instant end = Instant.parse("2021-02-28T12:00:00Z");

        assertThat(applications().talentPoolEndedBy(end.minusMillis(1), 100)).doesNotContain(inPool.id());
        assertThat(applications().talentPoolEndedBy(end, 100)).contains(inPool.id());
        Application left = applications().update(inPool.leaveTalentPool(end));
        assertThat(applications().talentPoolEndedBy(end, 100)).doesNotContain(left.id());
    }

    @Test
    void keepsNotesInOrderAndErasesThemWithTheApplication() {
        Application application = added(job(), true, NOW);
        Application other = added(job(), false, NOW);
        ApplicationNote first = new ApplicationNote(ItemId.random(), application.id(),
                new NoteText("Erstes Gespräch: sehr gut.\nZweites vereinbart."), "olivia", NOW.plusSeconds(1));
        ApplicationNote second = new ApplicationNote(ItemId.random(), application.id(), new NoteText("Zusage"),
                "otto", NOW.plusSeconds(2));
        ApplicationNote otherNote = new ApplicationNote(ItemId.random(), other.id(), new NoteText("—"), "olivia",
                NOW.plusSeconds(3));
        applications().addNote(second);
        applications().addNote(first);
        applications().addNote(otherNote);

        assertThat(applications().notes(application.id())).containsExactly(first, second);

        assertThat(applications().erase(application.id())).contains(new ApplicationRepository.Erased(2, true));
        assertThat(applications().erase(application.id())).isEmpty();
        assertThat(applications().find(application.id())).isEmpty();
        assertThat(applications().notes(application.id())).isEmpty();
        assertThat(applications().findByTalentPoolWithdrawal(application.talentPool().orElseThrow().withdrawal()))
                .isEmpty();
        assertThat(applications().notes(other.id())).containsExactly(otherNote);
    }

    @Test
    void aLockedApplicationWaitsForTheHoldersCommit() throws Exception {
        Application application = added(job(), false, NOW);
        CountDownLatch locked = new CountDownLatch(1);
        AtomicLong holderCommitted = new AtomicLong();
        Thread holder = Thread.ofPlatform().start(() -> {
            transactions().inTransaction(() -> {
                applications().findForUpdate(application.id()).orElseThrow();
                locked.countDown();
                sleep(400);
                return null;
            });
            holderCommitted.set(System.nanoTime());
        });
        assertThat(locked.await(10, TimeUnit.SECONDS)).isTrue();

        Optional<Application> second = transactions().inTransaction(() ->
                applications().findForUpdate(application.id()));
        long secondGotIt = System.nanoTime();
        holder.join();

        assertThat(second).hasValueSatisfying(found -> assertThat(found.id()).isEqualTo(application.id()));
        assertThat(secondGotIt).as("the second lock came after the holder's commit")
                .isGreaterThanOrEqualTo(holderCommitted.get() - TimeUnit.MILLISECONDS.toNanos(50));
        assertThat(transactions().inTransaction(() -> applications().findForUpdate(ItemId.random()))).isEmpty();
    }

    @Test
    void aLockedReadSeesWhatWasCommittedAfterTheTransactionsFirstRead() throws Exception {
        Application application = added(job(), false, NOW);
        CountDownLatch firstRead = new CountDownLatch(1);
        CountDownLatch held = new CountDownLatch(1);
        Thread operator = Thread.ofPlatform().start(() -> {
            try {
                firstRead.await(10, TimeUnit.SECONDS);
                applications().update(application.placeHold(new HoldReason("Streit"), NOW.plus(Duration.ofDays(90)),
                        NOW.plusSeconds(1)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                held.countDown();
            }
        });

        Application locked = transactions().inTransaction(() -> {
            applications().find(application.id()).orElseThrow();
            firstRead.countDown();
            await(held);
            return applications().findForUpdate(application.id()).orElseThrow();
        });
        operator.join();

        assertThat(locked.legalHold()).as("the hold committed meanwhile").isPresent();
        assertThat(locked.version()).isEqualTo(1);
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static List<Application> all(Function<PageRequest, Page<Application>> list) {
        List<Application> seen = new ArrayList<>();
        PageRequest page = PageRequest.first(2);
        while (true) {
            Page<Application> one = list.apply(page);
            seen.addAll(one.items());
            if (one.next().isEmpty()) {
                return seen;
            }
            page = new PageRequest(2, one.next());
        }
    }
}
