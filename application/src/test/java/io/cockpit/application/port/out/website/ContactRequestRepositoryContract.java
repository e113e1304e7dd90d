package io.cockpit.application.port.out.website;

import io.cockpit.application.paging.Page;
import io.cockpit.application.paging.PageRequest;
import io.cockpit.application.testing.Race;
import io.cockpit.application.testing.WebsiteMother;
import io.cockpit.domain.account.EmailAddress;
import io.cockpit.domain.account.PersonName;
import io.cockpit.domain.shared.ItemId;
import io.cockpit.domain.website.ContactRequest;
import io.cockpit.domain.website.FormMessage;
import io.cockpit.domain.website.PageUrl;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

public abstract class ContactRequestRepositoryContract {

    private static final Instant NOW = Instant.parse("2026-05-04T08:30:00.123Z");

    protected abstract ContactRequestRepository requests();

    @Test
    void keepsEveryFieldWithAndWithoutTheOptionalOnes() {
        ContactRequest full = WebsiteMother.contactRequest(WebsiteMother.uniqueEmail(), NOW);
        ContactRequest bare = new ContactRequest(ItemId.random(), new PersonName("Li"),
                new EmailAddress(WebsiteMother.uniqueEmail()), Optional.empty(), Optional.empty(),
                new FormMessage("x".repeat(FormMessage.MAX_LENGTH - 1) + "ß"),
                new PageUrl("http://example.com/" + "p".repeat(1900)), NOW.plusMillis(1),
                WebsiteMother.uniqueToken());
        requests().add(full);
        requests().add(bare);

        assertThat(requests().find(full.id())).contains(full);
        assertThat(requests().find(bare.id())).contains(bare);
        assertThat(requests().find(ItemId.random())).isEmpty();
    }

    @Test
    void isFoundByItsWithdrawalTokenAndDeletedOnce() {
        ContactRequest request = WebsiteMother.contactRequest(WebsiteMother.uniqueEmail(), NOW);
        requests().add(request);

        assertThat(requests().findByWithdrawal(request.withdrawal())).contains(request);
        assertThat(requests().findByWithdrawal(WebsiteMother.uniqueToken())).isEmpty();
        assertThat(requests().delete(request.id())).isTrue();
        assertThat(requests().delete(request.id())).isFalse();
        assertThat(requests().find(request.id())).isEmpty();
        assertThat(requests().findByWithdrawal(request.withdrawal())).isEmpty();
    }

    @Test
    void ofConcurrentDeletesOneFindsTheRequest() throws InterruptedException {
        ContactRequest request = WebsiteMother.contactRequest(WebsiteMother.uniqueEmail(), NOW);
        requests().add(request);

        List<Race.Outcome<Boolean>> outcomes = Race.run(4, () -> requests().delete(request.id()));

        assertThat(outcomes).allMatch(Race.Outcome::succeeded);
        assertThat(outcomes.stream().filter(Race.Outcome::value)).hasSize(1);
    }

    @Test
    void listsTheOldestFirstInPagesWithoutGapsOrRepeats() {
        List<ContactRequest> added = new ArrayList<>();
        for (int minutes : List.of(30, 0, 10, 10, 20)) {
            ContactRequest request = WebsiteMother.contactRequest(WebsiteMother.uniqueEmail(),
                    NOW.plusSeconds(60L * minutes));
            requests().add(request);
            added.add(request);
        }

        List<ContactRequest> seen = new ArrayList<>();
        PageRequest page = PageRequest.first(2);
        while (true) {
            Page<ContactRequest> one = requests().list(page);
            seen.addAll(one.items());
            if (one.next().isEmpty()) {
                break;
            }
            page = new PageRequest(2, one.next());
        }

        assertThat(seen).containsExactlyInAnyOrderElementsOf(added);
        assertThat(seen).extracting(ContactRequest::receivedAt).isSorted();
    }

    @Test
    void isFoundByItsAddressWithoutRegardToCase() {
        String email = WebsiteMother.uniqueEmail();
        ContactRequest first = WebsiteMother.contactRequest(email, NOW);
        ContactRequest second = WebsiteMother.contactRequest(email.toUpperCase(java.util.Locale.ROOT),
                NOW.plusSeconds(5));
        requests().add(second);
        requests().add(first);
        requests().add(WebsiteMother.contactRequest(WebsiteMother.uniqueEmail(), NOW));

        assertThat(requests().findByEmail(new EmailAddress(email.replace("visitor", "VISITOR"))))
                .containsExactly(first, second);
    }
}
