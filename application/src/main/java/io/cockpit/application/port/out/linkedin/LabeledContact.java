package io.cockpit.application.port.out.linkedin;

import io.cockpit.domain.linkedin.Contact;
import io.cockpit.domain.linkedin.LabelIds;

import java.util.Objects;

/** A contact read together with its tags and categories (the lookup answers both from one statement). */
public record LabeledContact(Contact contact, LabelIds labels) {

    public LabeledContact {
        Objects.requireNonNull(contact, "contact");
        Objects.requireNonNull(labels, "labels");
    }
}
