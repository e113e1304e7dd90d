package io.cockpit.domain.telemetry;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProductEventTest {

    private static final Instant NOW = Instant.parse("2026-11-29T12:00:00.123Z");

    @Test
    void anAllowedAppEventIsTakenToTheSecond() {
        ProductEvent event = ProductEvent.fromApp("search_run", NOW.minusSeconds(60),
                Map.of("scope", "chats", "filters", 3, "results", "1-10"), NOW).orElseThrow();

        assertThat(event.name()).isEqualTo(ProductEventName.SEARCH_RUN);
        assertThat(event.occurredAt()).isEqualTo(Instant.parse("2026-11-29T11:59:00Z"));
        assertThat(event.properties()).containsEntry("filters", 3L).containsEntry("scope", "chats");
    }

    @Test
    void propertiesAreOptional() {
        assertThat(ProductEvent.fromApp("screen_viewed", NOW, Map.of(), NOW)).isPresent();
    }

    @Test
    void unknownEventsServerEventsAndBadPropertiesAreDropped() {
        assertThat(ProductEvent.fromApp("credit_card_entered", NOW, Map.of(), NOW)).isEmpty();
        assertThat(ProductEvent.fromApp("signed_in", NOW, Map.of(), NOW)).as("the server's own event").isEmpty();
        assertThat(ProductEvent.fromApp("screen_viewed", NOW, Map.of("screen", "jana@example.com"), NOW)).isEmpty();
        assertThat(ProductEvent.fromApp("screen_viewed", NOW, Map.of("note", "inbox"), NOW)).isEmpty();
        assertThat(ProductEvent.fromApp("search_run", NOW, Map.of("filters", 21), NOW)).isEmpty();
        assertThat(ProductEvent.fromApp("search_run", NOW, Map.of("filters", 2.5), NOW)).isEmpty();
        assertThat(ProductEvent.fromApp("search_run", NOW, Map.of("filters", "3"), NOW)).isEmpty();
        assertThat(ProductEvent.fromApp("template_used", NOW, Map.of("edited", "yes"), NOW)).isEmpty();
    }

    @Test
    void wholeNumbersMayComeInAnyNumericType() {
        assertThat(ProductEvent.fromApp("search_run", NOW, Map.of("filters", 2.0), NOW)).isPresent();
        assertThat(ProductEvent.fromApp("search_run", NOW, Map.of("filters", new BigDecimal("4")), NOW))
                .isPresent();
        assertThat(ProductEvent.fromApp("recommendation_opened", NOW, Map.of("position", 0L), NOW)).isEmpty();
    }

    @Test
    void eventsFromTooLongAgoOrTheFutureAreDropped() {
        assertThat(ProductEvent.fromApp("screen_viewed", NOW.minus(Duration.ofHours(25)), Map.of(), NOW)).isEmpty();
        assertThat(ProductEvent.fromApp("screen_viewed", NOW.plus(Duration.ofMinutes(6)), Map.of(), NOW)).isEmpty();
        assertThat(ProductEvent.fromApp("screen_viewed", NOW.plus(Duration.ofMinutes(4)), Map.of(), NOW))
                .isPresent();
        assertThat(ProductEvent.fromApp("screen_viewed", null, Map.of(), NOW)).isEmpty();
    }

    @Test
    void theServerCannotBuildAnEventOutsideTheAllowList() {
        assertThatThrownBy(() -> ProductEvent.of(ProductEventName.SIGNED_IN, NOW, Map.of("email", "x")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyEventHasASnakeCaseNameAndPropertiesWithRules() {
        for (ProductEventName name : ProductEventName.values()) {
            assertThat(name.wireName()).matches("[a-z][a-z0-9_]{2,40}");
            assertThat(ProductEventName.fromWireName(name.wireName())).contains(name);
            assertThat(name.properties().keySet()).allMatch(key -> key.matches("[a-z][a-z0-9_]{1,40}"));
        }
        assertThat(ProductEventName.fromApps()).isNotEmpty().allMatch(n -> n.source() == EventSource.APP);
    }

    @Test
    void anIdentificationForAPressingInterestNeedsANote() {
        assertThatThrownBy(() -> new Identification(io.cockpit.domain.shared.ItemId.random(),
                new io.cockpit.domain.account.UserId("01937f4c-8a2b-7c3d-9e4f-5a6b7c8d9e0f"),
                new io.cockpit.domain.account.TrackingId("amber-falcon"), IdentificationReason.LEGAL_CLAIM,
                java.util.Optional.empty(), "olivia", NOW))
                .hasMessageContaining("note");
        assertThat(IdentificationReason.fromWireName("suspected_abuse").pressingInterest()).isTrue();
        assertThat(IdentificationReason.CONSENT.pressingInterest()).isFalse();
    }
}
