package io.cockpit.application.port.out.register;

import io.cockpit.application.paging.Page;
import io.cockpit.application.paging.PageRequest;
import io.cockpit.application.testing.AccountMother;
import io.cockpit.domain.account.Account;
import io.cockpit.domain.account.PartnerId;
import io.cockpit.domain.account.UserId;
import io.cockpit.domain.account.ErasedAccount;
import io.cockpit.domain.register.ErasureReason;
import io.cockpit.domain.account.ErasureRequest;
import io.cockpit.domain.register.ErasureStatus;
import io.cockpit.domain.shared.ItemId;
import io.cockpit.domain.shared.Language;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs against an empty store. */
public abstract class ErasureRequestsContract {

    private static final Instant T0 = Instant.parse("2026-11-29T10:00:00.123Z");

    protected abstract ErasureRequests requests();

    private static ErasureRequest aRequest(Instant at) {
        Account account = AccountMother.anAccount().build();
        return ErasureRequest.start(ItemId.random(), account.userId(), AccountMother.anAccount().build().userId(),
                ErasureReason.ERASURE_REQUEST, Optional.of(account.email()), Language.EN, account.partnerId(),
                account.externalId(), at, "0123456789abcdef:0:sessions/relational");
    }

    @Test
    void oneRequestPerSubjectFoundByIdAndBySubject() {
        ErasureRequest first = aRequest(T0);
        ErasureRequest sameSubject = new ErasureRequest(ItemId.random(), first.subject(), first.user(),
                ErasureReason.RETENTION, ErasureStatus.IN_PROGRESS, 0, Optional.empty(), 0, 0, T0, T0, Optional.empty(),
                Optional.empty(), Language.DE, first.partnerId(), first.externalId());

        assertThat(requests().add(first)).isTrue();
        assertThat(requests().add(sameSubject)).isFalse();

        assertThat(requests().find(first.id())).contains(first);
        assertThat(requests().findBySubject(first.subject())).contains(first);
        assertThat(requests().find(sameSubject.id())).isEmpty();
        assertThat(requests().findBySubject(first.user().orElseThrow())).isEmpty();
    }

    @Test
    void aWorkerClaimsADueRequestAndNoOtherGetsItUntilTheClaimRunsOut() {
        ErasureRequest request = aRequest(T0);
        requests().add(request);

        assertThat(requests().due(T0, 10)).containsExactly(request);
        Optional<ErasureRequest> claimed = requests().claim(request.id(), T0, T0.plusSeconds(300));
        assertThat(claimed).map(ErasureRequest::nextAttemptAt).contains(T0.plusSeconds(300));
        assertThat(requests().claim(request.id(), T0.plusSeconds(1), T0.plusSeconds(301))).isEmpty();
        assertThat(requests().due(T0.plusSeconds(299), 10)).isEmpty();
        assertThat(requests().claim(request.id(), T0.plusSeconds(300), T0.plusSeconds(600))).isPresent();
    }

    @Test
    void progressFailureAndCompletionAreStoredAndACompletedRequestKeepsNeitherUserNorAddress() {
        ErasureRequest request = aRequest(T0);
        requests().add(request);
        ErasureRequest progressed = request.erased(500).erased(20).nextStep("0123456789abcdef:1:templates/relational")
                .erased(3).failed(T0.plusSeconds(1));
        requests().update(progressed);
        assertThat(requests().find(request.id())).contains(progressed);
        assertThat(requests().find(request.id()).orElseThrow().stepMark()).contains("0123456789abcdef:1:templates/relational");

        ErasureRequest completed = progressed.complete(T0.plusSeconds(90));
        requests().update(completed);
        assertThat(requests().find(request.id())).contains(completed);
        assertThat(requests().due(T0.plusSeconds(3600), 10)).as("completed: never due").isEmpty();
        assertThat(requests().claim(request.id(), T0.plusSeconds(3600), T0.plusSeconds(4000))).isEmpty();

        requests().update(completed.notified());
        ErasureRequest stored = requests().find(request.id()).orElseThrow();
        assertThat(stored.user()).isEmpty();
        assertThat(stored.confirmTo()).isEmpty();
        List<ExportedItem> exported = new ArrayList<>();
        requests().export(request.user().orElseThrow(), exported::add);
        assertThat(exported).isEmpty();
    }

    @Test
    void theExportShowsARunningRequestOfTheUser() {
        ErasureRequest request = aRequest(T0);
        requests().add(request);
        requests().add(aRequest(T0));
        List<ExportedItem> exported = new ArrayList<>();
        requests().export(request.user().orElseThrow(), exported::add);
        assertThat(exported).singleElement().satisfies(item -> assertThat(item.fields())
                .containsEntry("erasureId", request.id().value()).containsEntry("status", "in_progress"));
        assertThat(requests().erase(request.user().orElseThrow(), 10)).as("the engine's own row").isZero();
    }

    @Test
    void thePartnerSeesItsErasedAccountsSinceATimeNewestFirstInPages() {
        List<ErasureRequest> done = new ArrayList<>();
        PartnerId partner = null;
        for (int i = 0; i < 5; i++) {
            ErasureRequest request = aRequest(T0);
            partner = request.partnerId();
            requests().add(request);
            ErasureRequest completed = request.complete(T0.plus(Duration.ofMinutes(i)));
            requests().update(completed);
            done.add(completed);
        }
        ErasureRequest running = aRequest(T0);
        requests().add(running);
        ErasureRequest otherPartner = new ErasureRequest(ItemId.random(), UserId.generate(T0,
                new java.security.SecureRandom()), running.user(), ErasureReason.RETENTION, ErasureStatus.IN_PROGRESS,
                0, Optional.empty(), 0, 0, T0, T0, Optional.empty(), Optional.empty(), Language.DE,
                new PartnerId("other-partner"),
                running.externalId());
        requests().add(otherPartner);
        requests().update(otherPartner.complete(T0.plus(Duration.ofMinutes(3))));

        Page<ErasedAccount> first = requests().erasedSince(partner, T0.plus(Duration.ofMinutes(1)),
                new PageRequest(3, Optional.empty()));
        assertThat(first.items()).containsExactly(erased(done.get(4)), erased(done.get(3)), erased(done.get(2)));
        Page<ErasedAccount> second = requests().erasedSince(partner, T0.plus(Duration.ofMinutes(1)),
                new PageRequest(3, first.next()));
        assertThat(second.items()).containsExactly(erased(done.get(1)));
        assertThat(second.next()).isEmpty();
    }

    private static ErasedAccount erased(ErasureRequest request) {
        return new ErasedAccount(request.externalId(), request.completedAt().orElseThrow());
    }

    @Test
    void completedRequestsAreDeletedAfterTheirPeriodRunningOnesNever() {
        ErasureRequest old = aRequest(T0);
        ErasureRequest recent = aRequest(T0);
        ErasureRequest running = aRequest(T0);
        List.of(old, recent, running).forEach(requests()::add);
        requests().update(old.complete(T0.plusSeconds(10)));
        requests().update(recent.complete(T0.plusSeconds(100)));

        assertThat(requests().deleteExpired(T0.plusSeconds(50), 10)).isOne();
        assertThat(requests().deleteExpired(T0.plusSeconds(50), 10)).isZero();
        assertThat(requests().find(old.id())).isEmpty();
        assertThat(requests().find(recent.id())).isPresent();
        assertThat(requests().find(running.id())).isPresent();
    }
}
