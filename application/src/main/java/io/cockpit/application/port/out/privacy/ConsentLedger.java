package io.cockpit.application.port.out.privacy;

import io.cockpit.application.paging.Page;
import io.cockpit.application.paging.PageRequest;
import io.cockpit.application.port.out.register.ExportedItem;
import io.cockpit.application.port.out.register.PersonalDataStore;
import io.cockpit.domain.account.UserId;
import io.cockpit.domain.privacy.ConsentEvent;
import io.cockpit.domain.privacy.PrivacyPersonalData;

/**
 * Every grant and withdrawal of consent. Append-only while the account exists: there is no way here to change or
 * remove an entry, except the erasure of all of a user's entries with the account. Export: {@code purpose, decision,
 * at, policyVersion, source}, oldest first.
 */
public interface ConsentLedger extends PersonalDataStore {

    @Override
    default String category() {
        return PrivacyPersonalData.CONSENT_HISTORY.id();
    }

    void append(ConsentEvent event);

    /** An entry as the export shows it. */
    static ExportedItem exported(ConsentEvent event) {
        return ExportedItem.builder()
                .field("purpose", event.purpose().wireName())
                .field("decision", event.decision().wireName())
                .field("at", event.at())
                .field("policyVersion", event.policyVersion())
                .field("source", event.source())
                .build();
    }

    /** The user's events, newest first. */
    Page<ConsentEvent> list(UserId userId, PageRequest page);
}
