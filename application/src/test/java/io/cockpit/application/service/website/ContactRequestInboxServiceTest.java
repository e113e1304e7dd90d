package io.cockpit.application.service.website;

import io.cockpit.application.paging.PageRequest;
import io.cockpit.application.port.in.website.ContactRequestInboxUseCase.OpenRequest;
import io.cockpit.application.testing.WebsiteMother;
import io.cockpit.domain.audit.AuditEvent;
import io.cockpit.domain.register.ErasureReason;
import io.cockpit.domain.shared.DomainException;
import io.cockpit.domain.shared.ErrorCode;
import io.cockpit.domain.website.ContactRequest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ContactRequestInboxServiceTest {

    private final WebsiteServices website = new WebsiteServices();

    private ContactRequest stored(String email) {
        ContactRequest request = WebsiteMother.contactRequest(email, website.stores.clock.instant());
        website.stores.contactRequests.add(request);
        return request;
    }

    @Test
    void listsTheOldestFirstAndFlagsThoseOpenLongerThanTheMaximum() {
        ContactRequest old = stored(WebsiteMother.uniqueEmail());
        website.stores.clock.advance(Duration.ofDays(60));
        ContactRequest recent = stored(WebsiteMother.uniqueEmail());
        website.stores.clock.advance(Duration.ofDays(31));

        List<OpenRequest> open = website.inbox.list("olivia", PageRequest.first(10)).items();

        assertThat(open).extracting(o -> o.request().id()).containsExactly(old.id(), recent.id());
        assertThat(open).extracting(OpenRequest::overdue).containsExactly(true, false);
        assertThat(website.inbox.find("olivia", recent.id()).overdue()).isFalse();
    }

    @Test
    void closingAHandledRequestErasesItAndTheLedgerSaysWhy() {
        ContactRequest request = stored(WebsiteMother.uniqueEmail());

        website.inbox.close("olivia", request.id());

        assertThat(website.stores.contactRequests.find(request.id())).isEmpty();
        assertThat(website.ledger()).singleElement().satisfies(line -> {
            assertThat(line.category()).isEqualTo("contact_requests");
            assertThat(line.reason()).isEqualTo(ErasureReason.REQUEST_HANDLED);
        });
        assertThatThrownBy(() -> website.inbox.close("olivia", request.id()))
                .extracting(e -> ((DomainException) e).error()).isEqualTo(ErrorCode.CONTACT_REQUEST_NOT_FOUND);
        assertThatThrownBy(() -> website.inbox.find("olivia", request.id()))
                .extracting(e -> ((DomainException) e).error()).isEqualTo(ErrorCode.CONTACT_REQUEST_NOT_FOUND);
    }

    @Test
    void everyCallIsAuditedWithIdsOnly() {
        String email = WebsiteMother.uniqueEmail();
        ContactRequest request = stored(email);

        website.inbox.list("olivia", PageRequest.first(10));
        website.inbox.find("olivia", request.id());
        website.inbox.close("olivia", request.id());

        List<AuditEvent> audit = website.stores.audit.latest(10);
        assertThat(audit).extracting(AuditEvent::action)
                .containsExactly("contact_requests.close", "contact_requests.read", "contact_requests.list");
        assertThat(audit).extracting(AuditEvent::target).containsExactly(request.id().value(), request.id().value(), "-");
        assertThat(audit.toString()).doesNotContain(email, "Müller");
    }
}
