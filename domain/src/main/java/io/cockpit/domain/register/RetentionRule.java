package io.cockpit.domain.register;

import io.cockpit.domain.shared.Language;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAmount;
import java.util.Objects;

/** How long a category is kept: the rule the retention jobs enforce and the record of processing states. */
public sealed interface RetentionRule {

    String describe(Language language);

    /** A machine name for the wire: {@code while_account_exists}, {@code after_event}, ... */
    String kind();

    /** Kept as long as the user's account exists; erased with it. */
    record WhileAccountExists() implements RetentionRule {
        @Override
        public String describe(Language language) {
            return language == Language.DE ? "solange das Konto besteht; mit dem Konto gelöscht"
                    : "while the account exists; erased with it";
        }

        @Override
        public String kind() {
            return "while_account_exists";
        }
    }

    /**
     * Kept for a period after an event, then deleted by a retention job. The period is calendar time
     * ({@link Period}: days, months, years, counted in UTC) or exact time ({@link Duration}: hours); zero means
     * "until the event".
     */
    record AfterEvent(TemporalAmount period, RetentionEvent event) implements RetentionRule {
        public AfterEvent {
            Objects.requireNonNull(event);
            boolean negative = switch (Objects.requireNonNull(period)) {
                case Period p -> p.isNegative();
                case Duration d -> d.isNegative();
                default -> throw new IllegalArgumentException("a retention period is a Period or a Duration");
            };
            if (negative) {
                throw new IllegalArgumentException("a retention period cannot be negative");
            }
        }

        /** Data whose event lies before this instant is due for deletion at {@code now}. */
        public Instant cutoff(Instant now) {
            return now.atZone(ZoneOffset.UTC).minus(period).toInstant();
        }

        public boolean isZero() {
            return period instanceof Period p ? p.isZero() : ((Duration) period).isZero();
        }

        @Override
        public String describe(Language language) {
            if (isZero()) {
                return language == Language.DE ? "bis zu " + event.describe(language)
                        : "until " + event.describe(language);
            }
            return language == Language.DE ? Periods.german(period) + " ab " + event.describe(language)
                    : Periods.english(period) + " after " + event.describe(language);
        }

        @Override
        public String kind() {
            return "after_event";
        }
    }

    /** Kept until the request is handled (or withdrawn, or deletion is asked for). */
    record UntilHandled() implements RetentionRule {
        @Override
        public String describe(Language language) {
            return language == Language.DE ? "bis die Anfrage erledigt, widerrufen oder ihre Löschung verlangt ist"
                    : "until the request is handled, withdrawn or its deletion is asked for";
        }

        @Override
        public String kind() {
            return "until_handled";
        }
    }

    /** Kept without end (the policy allows it for addresses used for attacks). */
    record Permanent() implements RetentionRule {
        @Override
        public String describe(Language language) {
            return language == Language.DE ? "dauerhaft" : "permanently";
        }

        @Override
        public String kind() {
            return "permanent";
        }
    }
}
