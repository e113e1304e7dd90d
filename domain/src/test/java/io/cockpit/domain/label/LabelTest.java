package io.cockpit.domain.label;

import io.cockpit.domain.account.UserId;
import io.cockpit.domain.shared.InvalidValueException;
import io.cockpit.domain.shared.ItemId;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LabelTest {

    private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");
    private static final UserId USER = UserId.generate(NOW, new SecureRandom());

    @Test
    void coloursAreHexTriplesKeptInUpperCase() {
        assertThat(new Colour("#1e88e5").hex()).isEqualTo("#1E88E5");
        assertThatThrownBy(() -> new Colour("1E88E5")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new Colour("#1E88E")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new Colour("#GGGGGG")).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void namesAreTrimmedBoundedAndComparedWithoutCase() {
        assertThat(new LabelName("  Hot Lead ").canonical()).isEqualTo("hot lead");
        assertThatThrownBy(() -> new LabelName("x".repeat(51))).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new LabelName(" ")).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void onlyCategoriesHaveAPriority() {
        assertThat(new Label(ItemId.random(), USER, LabelKind.CATEGORY, new LabelName("Key accounts"),
                new Colour("#000000"), Optional.of(new Priority(10)), NOW, NOW, 0).priority()).contains(new Priority(10));
        assertThatThrownBy(() -> new Label(ItemId.random(), USER, LabelKind.TAG, new LabelName("Hot"),
                new Colour("#000000"), Optional.of(new Priority(1)), NOW, NOW, 0)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new Priority(11)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void theLimitsAreFiveHundredTagsAndFiftyCategories() {
        assertThat(LabelKind.TAG.maxPerUser()).isEqualTo(500);
        assertThat(LabelKind.CATEGORY.maxPerUser()).isEqualTo(50);
    }
}
