package io.cockpit.domain.website;

import io.cockpit.domain.access.TokenHash;
import io.cockpit.domain.account.EmailAddress;
import io.cockpit.domain.account.PersonName;
import io.cockpit.domain.shared.ItemId;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ContactRequestTest {

    @Test
    void anOpenRequestIsFlaggedOnceItWaitedLongerThanTheMaximum() {
        Instant received = Instant.parse("2026-01-01T10:00:00Z");
        ContactRequest request = new ContactRequest(ItemId.random(), new PersonName("Jana Schmidt"),
                new EmailAddress("jana@example.com"), Optional.empty(), Optional.empty(),
                new FormMessage("Bitte um Rückruf"), new PageUrl("https://example.com/kontakt"), received,
                TokenHash.of("wcr_x"));

        assertThat(request.overdue(received.plus(Duration.ofDays(90)), ContactRequest.DEFAULT_OPEN_MAXIMUM)).isFalse();
        assertThat(request.overdue(received.plus(Duration.ofDays(90)).plusMillis(1),
                ContactRequest.DEFAULT_OPEN_MAXIMUM)).isTrue();
        assertThat(request.toString()).doesNotContain("Jana", "Rückruf", "example.com");
    }
}
