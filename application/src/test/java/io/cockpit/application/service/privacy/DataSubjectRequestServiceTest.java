package io.cockpit.application.service.privacy;

import io.cockpit.application.paging.PageRequest;
import io.cockpit.application.port.in.privacy.DataSubjectRequestsUseCase.NewDataSubjectRequest;
import io.cockpit.application.port.out.privacy.DataSubjectRequestRepository;
import io.cockpit.application.testing.fakes.FakeStores;
import io.cockpit.domain.account.Account;
import io.cockpit.domain.audit.AuditEvent;
import io.cockpit.domain.privacy.DataSubjectRequest;
import io.cockpit.domain.privacy.DataSubjectRequestFilter;
import io.cockpit.domain.privacy.DataSubjectRequestStatus;
import io.cockpit.domain.privacy.DataSubjectRequestType;
import io.cockpit.domain.privacy.RequestNote;
import io.cockpit.domain.shared.DomainException;
import io.cockpit.domain.shared.InvalidValueException;
import io.cockpit.domain.shared.ItemId;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static io.cockpit.application.testing.AccountMother.anAccount;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DataSubjectRequestServiceTest {

    private final FakeStores stores = new FakeStores();
    private final DataSubjectRequestService requests = new DataSubjectRequestService(stores.dataSubjectRequests,
            stores.accounts, stores.audit, stores.transactions, stores.clock);
    private final Account account = anAccount().withEmail("jana.schmidt@example.com").withName("Jana Schmidt").build();

    DataSubjectRequestServiceTest() {
        stores.accounts.add(account);
    }

    private DataSubjectRequest recordAccess(Instant receivedAt) {
        return requests.record("olivia", new NewDataSubjectRequest(account.userId(), DataSubjectRequestType.ACCESS,
                receivedAt, new RequestNote("Jana Schmidt <jana.schmidt@example.com> asks for her data.")));
    }

    @Test
    void aRecordedRequestIsOpenAndDueOneMonthAfterItArrived() {
        Instant received = stores.clock.instant().minus(Duration.ofDays(2));

        DataSubjectRequest recorded = recordAccess(received);

        assertThat(recorded.status()).isEqualTo(DataSubjectRequestStatus.OPEN);
        assertThat(recorded.dueAt()).isEqualTo(received.atZone(java.time.ZoneOffset.UTC).plusMonths(1).toInstant());
        assertThat(requests.find("olivia", recorded.id())).isEqualTo(recorded);
    }

    @Test
    void aRequestForAnUnknownAccountIsRefusedAndNothingIsRecorded() {
        assertThatThrownBy(() -> requests.record("olivia", new NewDataSubjectRequest(
                anAccount().build().userId(), DataSubjectRequestType.ERASURE, stores.clock.instant(),
                new RequestNote("unknown"))))
                .isInstanceOfSatisfying(DomainException.class,
                        refused -> assertThat(refused.code()).isEqualTo("account.not_found"));
        assertThat(requests.list("olivia", DataSubjectRequestFilter.ALL, PageRequest.first(10)).items()).isEmpty();
    }

    @Test
    void aRequestFromTheFutureIsRefused() {
        assertThatThrownBy(() -> recordAccess(stores.clock.instant().plusSeconds(1)))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void aResolutionWrittenAfterTheErasureIsReplacedAsTheErasureReplacedTheNote() {
        DataSubjectRequest recorded = recordAccess(stores.clock.instant());
        stores.dataSubjectRequests.erase(account.userId(), 100);

        DataSubjectRequest done = requests.change("olivia", recorded.id(), DataSubjectRequestStatus.DONE,
                Optional.of(new RequestNote("Erased Jana Schmidt <jana.schmidt@example.com>; receipt sent.")));

        assertThat(done.resolution()).contains(new RequestNote(DataSubjectRequestRepository.ERASED_NOTE));
        assertThat(requests.find("olivia", recorded.id()).resolution())
                .contains(new RequestNote(DataSubjectRequestRepository.ERASED_NOTE));
        assertThat(done.status()).isEqualTo(DataSubjectRequestStatus.DONE);
    }

    @Test
    void aRequestIsWorkedOnThenClosedWithAResolutionAndThenStaysClosed() {
        DataSubjectRequest recorded = recordAccess(stores.clock.instant());

        DataSubjectRequest working = requests.change("olivia", recorded.id(), DataSubjectRequestStatus.IN_PROGRESS,
                Optional.empty());
        stores.clock.advance(Duration.ofDays(1));
        DataSubjectRequest done = requests.change("olivia", recorded.id(), DataSubjectRequestStatus.DONE,
                Optional.of(new RequestNote("Export sent.")));

        assertThat(working.status()).isEqualTo(DataSubjectRequestStatus.IN_PROGRESS);
        assertThat(done.closedAt()).contains(stores.clock.instant());
        assertThat(requests.find("olivia", recorded.id())).isEqualTo(done);
        assertThatThrownBy(() -> requests.change("olivia", recorded.id(), DataSubjectRequestStatus.REJECTED,
                Optional.of(new RequestNote("no"))))
                .isInstanceOfSatisfying(DomainException.class,
                        refused -> assertThat(refused.code()).isEqualTo("data_subject_request.closed"));
    }

    @Test
    void anUnknownRequestIsNotFound() {
        assertThatThrownBy(() -> requests.find("olivia", ItemId.random()))
                .isInstanceOfSatisfying(DomainException.class,
                        refused -> assertThat(refused.code()).isEqualTo("data_subject_request.not_found"));
        assertThatThrownBy(() -> requests.change("olivia", ItemId.random(), DataSubjectRequestStatus.IN_PROGRESS,
                Optional.empty()))
                .isInstanceOfSatisfying(DomainException.class,
                        refused -> assertThat(refused.code()).isEqualTo("data_subject_request.not_found"));
    }

    @Test
    void overdueRequestsAreFoundByTheFilter() {
        DataSubjectRequest late = recordAccess(stores.clock.instant().minus(Duration.ofDays(40)));
        DataSubjectRequest inTime = recordAccess(stores.clock.instant().minus(Duration.ofDays(3)));

        List<DataSubjectRequest> overdue = requests.list("olivia", new DataSubjectRequestFilter(Optional.empty(),
                Optional.empty(), Optional.of(true), Optional.empty()), PageRequest.first(10)).items();

        assertThat(overdue).containsExactly(late);
        assertThat(requests.list("olivia", DataSubjectRequestFilter.ALL, PageRequest.first(10)).items())
                .containsExactly(late, inTime);
    }

    @Test
    void everyCallIsAuditedUnderTheKeysNameWithIdsOnly() {
        DataSubjectRequest recorded = recordAccess(stores.clock.instant());
        requests.list("olivia", DataSubjectRequestFilter.ALL, PageRequest.first(10));
        requests.find("paul", recorded.id());
        requests.change("paul", recorded.id(), DataSubjectRequestStatus.REJECTED,
                Optional.of(new RequestNote("Jana Schmidt withdrew it by phone.")));

        List<AuditEvent> audit = stores.audit.latest(10);

        assertThat(audit).extracting(AuditEvent::actor).containsExactly("paul", "paul", "olivia", "olivia");
        assertThat(audit).extracting(AuditEvent::action).containsExactly("data_subject_requests.rejected",
                "data_subject_requests.read", "data_subject_requests.list", "data_subject_requests.record");
        assertThat(audit).extracting(AuditEvent::target)
                .containsExactly(recorded.id().value(), recorded.id().value(), "-", recorded.id().value());
        assertThat(audit.toString()).doesNotContain("Jana", "example.com", account.userId().value());
    }
}
