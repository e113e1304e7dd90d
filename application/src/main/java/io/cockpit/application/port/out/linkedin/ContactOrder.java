package io.cockpit.application.port.out.linkedin;

import io.cockpit.application.paging.Cursor;
import io.cockpit.domain.linkedin.Contact;
import io.cockpit.domain.linkedin.ContactSort;
import io.cockpit.domain.shared.DomainException;
import io.cockpit.domain.shared.ErrorCode;

import java.time.Instant;

/**
 * The keyset positions of the contact list's orders, for every store alike: the folded name, or a time where "none"
 * (never contacted, no connection date) is the epoch, so it sorts first ascending and last descending. A cursor
 * carries its order's letter, so a cursor of one order is refused by another.
 */
public final class ContactOrder {

    /** Stands for "no time" in the sort columns. */
    public static final Instant NONE = Instant.EPOCH;

    private ContactOrder() {
    }

    public static Cursor cursorOf(Contact contact, ContactSort sort) {
        String id = contact.id().value();
        return switch (sort) {
            case NAME, NAME_DESCENDING -> new Cursor("n" + contact.card().nameSort(), id);
            case LAST_CONTACT, LAST_CONTACT_DESCENDING -> new Cursor("l" + lastContactKey(contact).toEpochMilli(), id);
            case CONNECTED, CONNECTED_DESCENDING -> new Cursor("c" + connectedKey(contact).toEpochMilli(), id);
        };
    }

    /** The name a cursor of a name order stands at. */
    public static String namePosition(Cursor cursor) {
        return body(cursor, 'n');
    }

    /** The time a cursor of a time order ({@code sort}) stands at. */
    public static Instant timePosition(Cursor cursor, ContactSort sort) {
        char letter = switch (sort) {
            case LAST_CONTACT, LAST_CONTACT_DESCENDING -> 'l';
            case CONNECTED, CONNECTED_DESCENDING -> 'c';
            default -> throw new IllegalArgumentException(sort + " is not ordered by time");
        };
        try {
            return Instant.ofEpochMilli(Long.parseLong(body(cursor, letter)));
        } catch (NumberFormatException e) {
            throw invalid();
        }
    }

    public static Instant lastContactKey(Contact contact) {
        return contact.activity().lastContactAt().orElse(NONE);
    }

    public static Instant connectedKey(Contact contact) {
        return contact.connectedAt().orElse(NONE);
    }

    private static String body(Cursor cursor, char letter) {
        if (cursor.position().isEmpty() || cursor.position().charAt(0) != letter) {
            throw invalid();
        }
        return cursor.position().substring(1);
    }

    private static DomainException invalid() {
        return new DomainException(ErrorCode.REQUEST_INVALID_CURSOR,
                "The cursor belongs to another order of the list, or is not one this server handed out.");
    }
}
