package io.cockpit.domain.linkedin;

/** Which way a page of messages goes from its cursor: to older ones (from the newest) or to newer ones. */
public enum MessageDirection {
    OLDER, NEWER
}
