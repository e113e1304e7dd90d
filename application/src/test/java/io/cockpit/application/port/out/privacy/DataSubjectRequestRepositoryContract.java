package io.cockpit.application.port.out.privacy;

import io.cockpit.application.paging.Page;
import io.cockpit.application.paging.PageRequest;
import io.cockpit.application.port.out.register.ExportedItem;
import io.cockpit.application.port.out.register.PersonalDataStore;
import io.cockpit.application.port.out.register.PersonalDataStoreCases;
import io.cockpit.application.port.out.register.UserPseudonyms;
import io.cockpit.application.port.out.shared.StaleWriteException;
import io.cockpit.application.security.Pseudonyms;
import io.cockpit.application.security.ServerSecret;
import io.cockpit.application.testing.AccountMother;
import io.cockpit.domain.account.UserId;
import io.cockpit.domain.privacy.DataSubjectRequest;
import io.cockpit.domain.privacy.DataSubjectRequestFilter;
import io.cockpit.domain.privacy.DataSubjectRequestStatus;
import io.cockpit.domain.privacy.DataSubjectRequestType;
import io.cockpit.domain.privacy.RequestNote;
import io.cockpit.domain.shared.ItemId;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

public abstract class DataSubjectRequestRepositoryContract implements PersonalDataStoreCases {

    private static final Instant NOW = Instant.parse("2026-03-15T10:00:00.456Z");

    /** The pseudonyms the store under test is given (a server secret of zeros). */
    protected static final UserPseudonyms PSEUDONYMS = new Pseudonyms(new ServerSecret(new byte[32]));

    protected abstract DataSubjectRequestRepository requests();

    private static DataSubjectRequest received(UserId user, DataSubjectRequestType type, String receivedAt) {
        return DataSubjectRequest.record(ItemId.random(), user, type, Instant.parse(receivedAt),
                new RequestNote("E-mail of " + receivedAt + ":\n„Bitte löschen Sie meine Daten.“"), NOW);
    }

    private static UserId aUser() {
        return AccountMother.anAccount().build().userId();
    }

    @Test
    void keepsEveryFieldOfARequestThroughItsChanges() {
        DataSubjectRequest request = received(aUser(), DataSubjectRequestType.ERASURE, "2026-01-31T08:15:00.789Z");
        requests().add(request);

        assertThat(requests().find(request.id())).contains(request);
        assertThat(requests().find(ItemId.random())).isEmpty();

        DataSubjectRequest working = requests().update(request.moveTo(DataSubjectRequestStatus.IN_PROGRESS,
                Optional.empty(), NOW.plusSeconds(1)).linkErasure("receipt-7", NOW.plusSeconds(1)));
        DataSubjectRequest done = requests().update(working.moveTo(DataSubjectRequestStatus.DONE, Optional.of(new RequestNote("Erased; receipt sent.")),
                        NOW.plusSeconds(2)));

        assertThat(working.version()).isEqualTo(1);
        assertThat(done.version()).isEqualTo(2);
        assertThat(requests().find(request.id())).contains(done);
        assertThat(done.dueAt()).isEqualTo(Instant.parse("2026-02-28T08:15:00.789Z"));
        assertThat(done.erasureId()).contains("receipt-7");
        assertThat(done.exportId()).isEmpty();
        assertThat(done.closedAt()).contains(NOW.plusSeconds(2));
    }

    @Test
    void keepsTheExportLinkedToAnAccessRequest() {
        DataSubjectRequest request = received(aUser(), DataSubjectRequestType.ACCESS, "2026-02-01T10:00:00Z");
        requests().add(request);

        DataSubjectRequest linked = requests().update(request.linkExport("export-3", NOW.plusSeconds(2)));

        assertThat(linked.exportId()).contains("export-3");
        assertThat(requests().find(request.id())).contains(linked);
    }

    @Test
    void aChangeBasedOnAnOldVersionIsRefused() {
        DataSubjectRequest request = received(aUser(), DataSubjectRequestType.ACCESS, "2026-03-01T00:00:00Z");
        requests().add(request);
        requests().update(request.moveTo(DataSubjectRequestStatus.IN_PROGRESS, Optional.empty(), NOW));

        assertThatThrownBy(() -> requests().update(request.moveTo(DataSubjectRequestStatus.REJECTED,
                Optional.of(new RequestNote("late")), NOW))).isInstanceOf(StaleWriteException.class);
        assertThat(requests().find(request.id()).orElseThrow().status())
                .isEqualTo(DataSubjectRequestStatus.IN_PROGRESS);
    }

    @Test
    void listsTheEarliestDueFirstInPagesWithoutGapsOrRepeats() {
        UserId user = aUser();
        List<DataSubjectRequest> added = new ArrayList<>();
        for (String day : List.of("2026-03-02", "2026-01-31", "2026-02-14", "2026-02-14", "2026-03-01")) {
            DataSubjectRequest request = received(user, DataSubjectRequestType.ACCESS, day + "T09:00:00Z");
            requests().add(request);
            added.add(request);
        }

        List<DataSubjectRequest> seen = new ArrayList<>();
        PageRequest page = PageRequest.first(2);
        while (true) {
            Page<DataSubjectRequest> one = requests().list(DataSubjectRequestFilter.ALL, NOW, page);
            seen.addAll(one.items());
            if (one.next().isEmpty()) {
                break;
            }
            page = new PageRequest(2, one.next());
        }

        assertThat(seen).containsExactlyInAnyOrderElementsOf(added);
        assertThat(seen).extracting(DataSubjectRequest::dueAt).isSorted();
        assertThat(seen.get(0).receivedAt()).isEqualTo(Instant.parse("2026-01-31T09:00:00Z"));
    }

    @Test
    void filtersByStatusTypeOverdueAndUser() {
        UserId alice = aUser();
        UserId bob = aUser();
        DataSubjectRequest overdue = received(alice, DataSubjectRequestType.ACCESS, "2026-02-14T10:00:00.455Z");
        DataSubjectRequest dueNow = received(alice, DataSubjectRequestType.ERASURE, "2026-02-15T10:00:00.456Z");
        DataSubjectRequest closedLate = received(bob, DataSubjectRequestType.ACCESS, "2026-01-02T10:00:00Z");
        DataSubjectRequest fresh = received(bob, DataSubjectRequestType.OBJECTION, "2026-03-10T10:00:00Z");
        List.of(overdue, dueNow, closedLate, fresh).forEach(requests()::add);
        requests().update(closedLate.moveTo(DataSubjectRequestStatus.REJECTED,
                Optional.of(new RequestNote("Manifestly unfounded.")), NOW));
        requests().update(fresh.moveTo(DataSubjectRequestStatus.IN_PROGRESS, Optional.empty(), NOW));

        assertThat(ids(new DataSubjectRequestFilter(Optional.empty(), Optional.empty(), Optional.of(true),
                Optional.empty()))).containsExactly(overdue.id());
        assertThat(ids(new DataSubjectRequestFilter(Optional.empty(), Optional.empty(), Optional.of(false),
                Optional.empty()))).containsExactly(closedLate.id(), dueNow.id(), fresh.id());
        assertThat(ids(new DataSubjectRequestFilter(Optional.of(DataSubjectRequestStatus.OPEN), Optional.empty(),
                Optional.empty(), Optional.empty()))).containsExactly(overdue.id(), dueNow.id());
        assertThat(ids(new DataSubjectRequestFilter(Optional.empty(), Optional.of(DataSubjectRequestType.ACCESS),
                Optional.empty(), Optional.empty()))).containsExactly(closedLate.id(), overdue.id());
        assertThat(ids(new DataSubjectRequestFilter(Optional.of(DataSubjectRequestStatus.IN_PROGRESS),
                Optional.of(DataSubjectRequestType.OBJECTION), Optional.of(false), Optional.of(bob))))
                .containsExactly(fresh.id());
        assertThat(ids(new DataSubjectRequestFilter(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(alice)))).containsExactly(overdue.id(), dueNow.id());
    }

    private List<ItemId> ids(DataSubjectRequestFilter filter) {
        return requests().list(filter, NOW, PageRequest.first(100)).items().stream().map(DataSubjectRequest::id)
                .toList();
    }

    @Override
    public PersonalDataStore personalData() {
        return requests();
    }

    @Override
    public int giveData(UserId user) {
        requests().add(received(user, DataSubjectRequestType.ACCESS, "2026-01-31T08:15:00.789Z"));
        requests().add(received(user, DataSubjectRequestType.ERASURE, "2026-02-01T08:15:00Z"));
        DataSubjectRequest closed = received(user, DataSubjectRequestType.OBJECTION, "2026-02-02T08:15:00Z");
        requests().add(closed);
        requests().update(closed.moveTo(DataSubjectRequestStatus.DONE,
                Optional.of(new RequestNote("Jana's objection recorded.")), NOW));
        return 3;
    }

    @Override
    public boolean holdsDataOf(UserId user) {
        return !requests().list(byUser(user), NOW, PageRequest.first(1)).items().isEmpty();
    }

    private static DataSubjectRequestFilter byUser(UserId user) {
        return new DataSubjectRequestFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(user));
    }

    @Override
    public List<String> exportedFields() {
        return List.of("requestId", "type", "status", "receivedAt", "dueAt", "note", "resolution", "closedAt");
    }

    @Test
    void theErasureLeavesTheRequestsUnderThePseudonymWithoutNotes() {
        UserId user = aUser();
        giveData(user);
        List<DataSubjectRequest> before = requests().list(byUser(user), NOW, PageRequest.first(10)).items();

        while (requests().erase(user, 2) > 0) {
            // until nothing names the user
        }

        UserId pseudonym = PSEUDONYMS.pseudonymOf(user);
        List<DataSubjectRequest> after = requests().list(byUser(pseudonym), NOW, PageRequest.first(10)).items();
        assertThat(after).extracting(DataSubjectRequest::id)
                .containsExactlyElementsOf(before.stream().map(DataSubjectRequest::id).toList());
        assertThat(after).allSatisfy(request -> {
            assertThat(request.note().value()).isEqualTo(DataSubjectRequestRepository.ERASED_NOTE);
            request.resolution().ifPresent(resolution ->
                    assertThat(resolution.value()).isEqualTo(DataSubjectRequestRepository.ERASED_NOTE));
        });
        assertThat(after).extracting(DataSubjectRequest::type, DataSubjectRequest::status, DataSubjectRequest::closedAt)
                .containsExactlyElementsOf(before.stream().map(r -> org.assertj.core.groups.Tuple.tuple(r.type(),
                        r.status(), r.closedAt())).toList());
        assertThat(pseudonym).isNotEqualTo(user);
        List<ExportedItem> exported = new ArrayList<>();
        requests().export(pseudonym, exported::add);
        assertThat(exported).extracting(item -> item.fields().get("note")).containsOnly(
                DataSubjectRequestRepository.ERASED_NOTE);
    }

    @Test
    void requestsClosedBeforeTheCutoffAreDeletedInBatchesOpenOnesStay() {
        UserId user = aUser();
        List<ItemId> closed = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            DataSubjectRequest request = received(user, DataSubjectRequestType.ACCESS, "2026-01-0" + (i + 1)
                    + "T08:00:00Z");
            requests().add(request);
            requests().update(request.moveTo(DataSubjectRequestStatus.REJECTED,
                    Optional.of(new RequestNote("Not the account holder.")), NOW.plusSeconds(i)));
            closed.add(request.id());
        }
        DataSubjectRequest open = received(user, DataSubjectRequestType.ERASURE, "2026-01-05T08:00:00Z");
        requests().add(open);
        DataSubjectRequest closedLater = received(user, DataSubjectRequestType.ACCESS, "2026-01-06T08:00:00Z");
        requests().add(closedLater);
        requests().update(closedLater.moveTo(DataSubjectRequestStatus.DONE, Optional.of(new RequestNote("Sent.")),
                NOW.plusSeconds(3)));
        Instant cutoff = NOW.plusSeconds(3);

        assertThat(requests().deleteExpired(cutoff, 2)).isEqualTo(2);
        assertThat(requests().deleteExpired(cutoff, 2)).isEqualTo(1);
        assertThat(requests().deleteExpired(cutoff, 2)).isZero();

        closed.forEach(id -> assertThat(requests().find(id)).isEmpty());
        assertThat(requests().find(open.id())).isPresent();
        assertThat(requests().find(closedLater.id())).isPresent();
    }
}
