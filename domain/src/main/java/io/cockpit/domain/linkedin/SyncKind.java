package io.cockpit.domain.linkedin;

/** The kinds of item the client syncs; each has its own place in the sync state. */
public enum SyncKind {
    PROFILE, CONTACTS, CONVERSATIONS, MESSAGES
}
