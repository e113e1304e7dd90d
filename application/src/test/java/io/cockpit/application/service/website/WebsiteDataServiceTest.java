package io.cockpit.application.service.website;

import io.cockpit.application.port.in.website.ApplyUseCase.Receipt;
import io.cockpit.application.port.in.website.WebsiteDataUseCase.Erasure;
import io.cockpit.application.port.in.website.WebsiteDataUseCase.Found;
import io.cockpit.application.testing.WebsiteMother;
import io.cockpit.domain.account.EmailAddress;
import io.cockpit.domain.audit.AuditEvent;
import io.cockpit.domain.register.ErasureReason;
import io.cockpit.domain.register.ErasureRecord;
import io.cockpit.domain.shared.Language;
import io.cockpit.domain.website.Application;
import io.cockpit.domain.website.ContactRequest;
import io.cockpit.domain.website.ApplicationStatus;
import io.cockpit.domain.website.HoldReason;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class WebsiteDataServiceTest {

    private final WebsiteServices website = new WebsiteServices();

    private Receipt apply(String email, boolean talentPool) {
        return website.intake.apply(WebsiteMother.submission(email, "sales", talentPool), Language.DE,
                website.newClient());
    }

    @Test
    void everythingUnderAnAddressIsFoundWithoutRegardToCase() {
        String email = WebsiteMother.uniqueEmail();
        ContactRequest request = WebsiteMother.contactRequest(email.toUpperCase(Locale.ROOT),
                website.stores.clock.instant());
        website.stores.contactRequests.add(request);
        Receipt application = apply(email, true);
        apply(WebsiteMother.uniqueEmail(), false);

        Found found = website.websiteData.lookUp("olivia", new EmailAddress(email));

        assertThat(found.contactRequests()).extracting(ContactRequest::id).containsExactly(request.id());
        assertThat(found.applications()).extracting(Application::id).containsExactly(application.id());
    }

    @Test
    void anErasureRemovesEverythingButWhatALegalHoldKeepsAndTheLedgerRecordsItUnderTheReceipt() {
        String email = WebsiteMother.uniqueEmail();
        ContactRequest request = WebsiteMother.contactRequest(email, website.stores.clock.instant());
        website.stores.contactRequests.add(request);
        Receipt erased = apply(email, true);
        Receipt held = apply(email, true);
        website.desk.placeHold("olivia", held.id(), new HoldReason("Klage"),
                website.stores.clock.instant().plus(Duration.ofDays(100)));
        Receipt someoneElses = apply(WebsiteMother.uniqueEmail(), false);

        Erasure erasure = website.websiteData.erase("olivia", new EmailAddress(email.toUpperCase(Locale.ROOT)));

        assertThat(erasure.contactRequests()).isEqualTo(1);
        assertThat(erasure.applications()).isEqualTo(1);
        assertThat(erasure.talentPoolEntries()).isEqualTo(2);
        assertThat(erasure.keptUnderLegalHold()).extracting(Application::id).containsExactly(held.id());
        assertThat(website.stores.contactRequests.find(request.id())).isEmpty();
        assertThat(website.stores.applications.find(erased.id())).isEmpty();
        Application kept = website.stores.applications.find(held.id()).orElseThrow();
        assertThat(kept.talentPool()).isEmpty();
        assertThat(kept.status()).as("the process ends").isEqualTo(ApplicationStatus.WITHDRAWN);
        assertThat(kept.eraseAfter()).as("erased when the hold ends")
                .isEqualTo(website.stores.clock.instant().plus(Duration.ofDays(100)));
        assertThat(website.stores.applications.find(someoneElses.id())).isPresent();
        assertThat(website.stores.erasureLedger.ofReceipt(erasure.receipt()))
                .extracting(ErasureRecord::category)
                .containsExactlyInAnyOrder("contact_requests", "applications", "talent_pool", "talent_pool");
        assertThat(website.stores.erasureLedger.ofReceipt(erasure.receipt())).extracting(ErasureRecord::reason)
                .containsOnly(ErasureReason.ERASURE_REQUEST);
        AuditEvent audit = website.stores.audit.latest(1).getFirst();
        assertThat(audit.action()).isEqualTo("website_data.erase");
        assertThat(audit.target()).isEqualTo(erasure.receipt());
        assertThat(website.stores.audit.latest(50).toString()).doesNotContain(email);
    }

    @Test
    void anAddressWithNothingErasesNothing() {
        Erasure erasure = website.websiteData.erase("olivia", new EmailAddress(WebsiteMother.uniqueEmail()));

        assertThat(erasure.contactRequests() + erasure.applications() + erasure.talentPoolEntries()).isZero();
        assertThat(website.stores.erasureLedger.ofReceipt(erasure.receipt())).isEmpty();
    }
}
