package io.cockpit.application.port.in.linkedin;

import io.cockpit.domain.linkedin.Contact;
import io.cockpit.domain.linkedin.LabelIds;

import java.util.Objects;

/** A contact as the user sees it: with its tags and categories. */
public record ContactView(Contact contact, LabelIds labels) {

    public ContactView {
        Objects.requireNonNull(contact, "contact");
        Objects.requireNonNull(labels, "labels");
    }
}
