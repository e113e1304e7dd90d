package io.cockpit.domain.linkedin;

/** The kinds of item a deletion marker can name. */
public enum ItemKind {
    CONTACT, CONVERSATION, MESSAGE
}
