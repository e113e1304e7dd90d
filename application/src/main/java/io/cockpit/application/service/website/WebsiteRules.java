package io.cockpit.application.service.website;

import java.time.Duration;
import java.util.Objects;

/**
 * The website's configured limits: how many public calls one client address may make per window, how many
 * acknowledgement mails one recipient gets per window, and how long a contact request may stay open before the
 * operator's list flags it.
 */
public record WebsiteRules(int requestsPerAddress, int mailsPerRecipient, Duration window,
                           Duration openRequestMaximum) {

    public static final WebsiteRules DEFAULT = new WebsiteRules(20, 5, Duration.ofHours(1), Duration.ofDays(90));

    public WebsiteRules {
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(openRequestMaximum, "openRequestMaximum");
        if (requestsPerAddress < 1 || mailsPerRecipient < 1) {
            throw new IllegalArgumentException("the website's limits must admit at least one request and one mail");
        }
        if (window.isNegative() || window.isZero() || openRequestMaximum.isNegative() || openRequestMaximum.isZero()) {
            throw new IllegalArgumentException("the website's window and open-request maximum must be positive");
        }
    }
}
