package io.cockpit.domain.website;

import io.cockpit.domain.access.TokenHash;
import io.cockpit.domain.account.EmailAddress;
import io.cockpit.domain.account.PersonName;
import io.cockpit.domain.shared.ItemId;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A message sent with the website's contact form: what the visitor filled in and the page they sent it from. It is
 * kept until the operator has handled it (closing erases it), the visitor withdraws it with the link from the
 * acknowledgement, or deletion is asked for; so every stored request is open.
 *
 * @param withdrawal the hash of the withdrawal link's token
 */
public record ContactRequest(ItemId id, PersonName name, EmailAddress email, Optional<PhoneNumber> phone,
                             Optional<CompanyName> company, FormMessage message, PageUrl pageUrl, Instant receivedAt,
                             TokenHash withdrawal) {

    /** How long an open request may wait before the operator's list flags it, unless configured otherwise. */
    public static final Duration DEFAULT_OPEN_MAXIMUM = Duration.ofDays(90);

    public ContactRequest {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(company, "company");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(pageUrl, "pageUrl");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(withdrawal, "withdrawal");
    }

    /** Open for longer than {@code openMaximum} at {@code now}: the operator's list flags it. */
    public boolean overdue(Instant now, Duration openMaximum) {
        return receivedAt.plus(openMaximum).isBefore(now);
    }

    /** Never the visitor's data: a request may end up in a log line. */
    @Override
    public String toString() {
        return "ContactRequest[" + id + "]";
    }
}
