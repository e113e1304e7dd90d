package io.cockpit.domain.account;

import io.cockpit.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IdentifiersTest {

    private final SecureRandom random = new SecureRandom();

    @Test
    void userIdsAreVersion7UuidsOrderedByTime() {
        UserId earlier = UserId.generate(Instant.parse("2026-11-29T10:00:00Z"), random);
        UserId later = UserId.generate(Instant.parse("2026-11-29T10:00:00.001Z"), random);

        assertThat(UUID.fromString(earlier.value()).version()).isEqualTo(7);
        assertThat(UUID.fromString(earlier.value()).variant()).isEqualTo(2);
        assertThat(earlier.value()).isLessThan(later.value());
    }

    @Test
    void userIdsRefuseOtherFormats() {
        assertThatThrownBy(() -> new UserId(UUID.randomUUID().toString())).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new UserId("42")).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void statisticsIdsCarry128RandomBitsInUrlSafeText() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            StatisticsId id = StatisticsId.random(random);
            assertThat(id.value()).matches("[A-Za-z0-9_-]{22}");
            seen.add(id.value());
        }
        assertThat(seen).hasSize(1000);
    }

    @Test
    void externalIdsAreSafeInAUrlPath() {
        assertThat(new ExternalId("crm-4711:A.b_c").value()).isEqualTo("crm-4711:A.b_c");
        assertThatThrownBy(() -> new ExternalId("crm/4711")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new ExternalId("-leading")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new ExternalId("x".repeat(101))).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void trackingIdsAreTwoLowerCaseWords() {
        assertThat(new TrackingId("amber-falcon").value()).isEqualTo("amber-falcon");
        assertThatThrownBy(() -> new TrackingId("Amber-Falcon")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new TrackingId("amber")).isInstanceOf(InvalidValueException.class);
    }
}
