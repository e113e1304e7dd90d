package io.cockpit.adapters.http.website;

import io.cockpit.adapters.http.handler.Wire;
import io.cockpit.api.model.ApplicationDetail;
import io.cockpit.api.model.ApplicationDetailLegalHold;
import io.cockpit.api.model.ApplicationDetailTalentPool;
import io.cockpit.api.model.ApplicationStatus;
import io.cockpit.api.model.ApplicationSummary;
import io.cockpit.api.model.ContactRequest;
import io.cockpit.api.model.DocumentMediaType;
import io.cockpit.api.model.TalentPoolEntry;
import io.cockpit.application.port.in.website.ApplicationDeskUseCase.ApplicationFile;
import io.cockpit.application.port.in.website.ApplicationDeskUseCase.ListedApplication;
import io.cockpit.application.port.in.website.ContactRequestInboxUseCase.OpenRequest;
import io.cockpit.domain.website.Application;
import io.cockpit.domain.website.ApplicationDocument;
import io.cockpit.domain.website.ApplicationNote;
import io.cockpit.domain.website.CompanyName;
import io.cockpit.domain.website.FormMessage;
import io.cockpit.domain.website.PhoneNumber;
import io.cockpit.domain.website.TalentPoolMembership;

/** The website's domain values as the contract's DTOs. */
final class WebsiteDtos {

    private WebsiteDtos() {
    }

    static io.cockpit.api.model.ApplicationDocument document(ApplicationDocument document) {
        return new io.cockpit.api.model.ApplicationDocument(document.id().value(), document.fileName().value(),
                DocumentMediaType.fromValue(document.type().mediaType()), document.sizeBytes(),
                Wire.utc(document.uploadedAt()));
    }

    static ContactRequest contactRequest(OpenRequest open) {
        var request = open.request();
        return new ContactRequest(request.id().value(), request.name().value(), request.email().value(),
                request.phone().map(PhoneNumber::value).orElse(null),
                request.company().map(CompanyName::value).orElse(null), request.message().value(),
                request.pageUrl().value(), Wire.utc(request.receivedAt()), open.overdue());
    }

    static ApplicationStatus status(io.cockpit.domain.website.ApplicationStatus status) {
        return ApplicationStatus.fromValue(status.wireName());
    }

    static ApplicationSummary summary(ListedApplication listed) {
        Application application = listed.application();
        return new ApplicationSummary(application.id().value(), application.jobReference().value(),
                application.firstName().value(), application.lastName().value(), application.email().value(),
                status(application.status()), Wire.utc(application.receivedAt()),
                application.endedAt().map(Wire::utc).orElse(null),
                Wire.utc(application.eraseAfter()),
                listed.overdue(), application.legalHold().isPresent(), application.talentPool().isPresent());
    }

    static ApplicationDetail detail(ApplicationFile file) {
        Application application = file.application();
        return new ApplicationDetail(application.id().value(), application.jobReference().value(),
                application.firstName().value(), application.lastName().value(), application.email().value(),
                application.phone().map(PhoneNumber::value).orElse(null),
                application.message().map(FormMessage::value).orElse(null),
                status(application.status()), Wire.utc(application.receivedAt()),
                application.endedAt().map(Wire::utc).orElse(null),
                Wire.utc(application.eraseAfter()), file.overdue(),
                application.legalHold().map(hold -> new ApplicationDetailLegalHold(hold.reason().value(),
                        Wire.utc(hold.until()), Wire.utc(hold.placedAt()))).orElse(null),
                application.talentPool().map(pool -> new ApplicationDetailTalentPool(
                        pool.consentTextVersion().value(), Wire.utc(pool.consentedAt()),
                        Wire.utc(pool.endsAt()))).orElse(null),
                file.documents().stream().map(WebsiteDtos::document).toList(),
                file.notes().stream().map(WebsiteDtos::note).toList());
    }

    static io.cockpit.api.model.ApplicationNote note(ApplicationNote note) {
        return new io.cockpit.api.model.ApplicationNote(note.id().value(), note.text().value(), note.author(),
                Wire.utc(note.createdAt()));
    }

    static TalentPoolEntry talentPoolEntry(Application application) {
        TalentPoolMembership pool = application.talentPool().orElseThrow();
        return new TalentPoolEntry(application.id().value(), application.jobReference().value(),
                application.firstName().value(), application.lastName().value(), application.email().value(),
                application.phone().map(PhoneNumber::value).orElse(null), pool.consentTextVersion().value(),
                Wire.utc(pool.consentedAt()), Wire.utc(pool.endsAt()));
    }
}
