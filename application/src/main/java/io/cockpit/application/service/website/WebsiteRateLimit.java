package io.cockpit.application.service.website;

import io.cockpit.application.port.out.protection.AttemptCounter;
import io.cockpit.application.port.out.protection.AttemptCounter.Reservation;
import io.cockpit.application.security.ServerSecret;
import io.cockpit.domain.account.EmailAddress;
import io.cockpit.domain.protection.AddressRange;
import io.cockpit.domain.protection.IpAddress;
import io.cockpit.domain.website.WebsiteErrors;

import java.time.Clock;
import java.time.Instant;

/**
 * The per-address limit on the website's public calls (an IPv6 client counted by its network, as for sign-ins: one
 * host has a whole /64), and the per-recipient limit on acknowledgement mails (so that the forms cannot flood
 * someone's mailbox). Counters are keyed hashes: the cache never sees an address. A call
 * reserves its place in the window in one atomic step with the check, so of calls arriving together exactly as many
 * pass as the limit has room for; refused calls take no place.
 */
public final class WebsiteRateLimit {

    private final AttemptCounter counter;
    private final ServerSecret secret;
    private final WebsiteRules rules;
    private final Clock clock;
    private final int ipv6SourcePrefix;

    /** @param ipv6SourcePrefix the IPv6 network size whose addresses are counted as one source */
    public WebsiteRateLimit(AttemptCounter counter, ServerSecret secret, WebsiteRules rules, Clock clock,
                            int ipv6SourcePrefix) {
        if (ipv6SourcePrefix < 32 || ipv6SourcePrefix > 128) {
            throw new IllegalArgumentException("the IPv6 source prefix is between /32 and /128");
        }
        this.ipv6SourcePrefix = ipv6SourcePrefix;
        this.counter = counter;
        this.secret = secret;
        this.rules = rules;
        this.clock = clock;
    }

    /** @throws io.cockpit.domain.shared.DomainException {@code website.too_many_requests} with the time to wait */
    public void admit(IpAddress client) {
        String source = client.isIpv4() ? client.text() : AddressRange.enclosing(client, ipv6SourcePrefix).text();
        admit(secret.keyedHash("website/address", source), rules.requestsPerAddress());
    }

    /** @throws io.cockpit.domain.shared.DomainException {@code website.too_many_requests} with the time to wait */
    public void admitMailTo(EmailAddress recipient) {
        admit(secret.keyedHash("website/recipient", recipient.canonical()), rules.mailsPerRecipient());
    }

    private void admit(String key, int limit) {
        Instant now = clock.instant();
        Reservation reservation = counter.reserve(key, now, rules.window(), limit);
        if (!reservation.isAdmitted()) {
            throw WebsiteErrors.tooManyRequests(reservation.attempts().until(now, rules.window()));
        }
    }
}
