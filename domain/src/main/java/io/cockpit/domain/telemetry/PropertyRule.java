package io.cockpit.domain.telemetry;

import java.util.List;
import java.util.Objects;

/**
 * What one property of a product event may hold: a value from a fixed list, a boolean, or a whole number in a
 * range. Never free text, so nothing a user typed can reach product analytics.
 */
public sealed interface PropertyRule {

    boolean allows(Object value);

    /** One of a fixed list of words. */
    record OneOf(List<String> values) implements PropertyRule {
        public OneOf {
            values = List.copyOf(values);
            if (values.isEmpty()) {
                throw new IllegalArgumentException("a list of allowed values is not empty");
            }
        }

        @Override
        public boolean allows(Object value) {
            return value instanceof String text && values.contains(text);
        }
    }

    /** {@code true} or {@code false}. */
    record Flag() implements PropertyRule {
        @Override
        public boolean allows(Object value) {
            return value instanceof Boolean;
        }
    }

    /** A whole number from {@code min} to {@code max}. */
    record Count(long min, long max) implements PropertyRule {
        public Count {
            if (min > max) {
                throw new IllegalArgumentException("min above max");
            }
        }

        @Override
        public boolean allows(Object value) {
            if (!(value instanceof Number number)) {
                return false;
            }
            boolean whole = number instanceof Integer || number instanceof Long || number instanceof Short
                    || number instanceof Byte
                    || (number instanceof java.math.BigInteger big && big.bitLength() < 63)
                    || (number instanceof java.math.BigDecimal decimal && isWhole(decimal))
                    || ((number instanceof Double || number instanceof Float)
                    && number.doubleValue() == Math.rint(number.doubleValue())
                    && !Double.isInfinite(number.doubleValue()));
            return whole && number.doubleValue() >= min && number.doubleValue() <= max;
        }

        private static boolean isWhole(java.math.BigDecimal decimal) {
            return decimal.signum() == 0 || decimal.stripTrailingZeros().scale() <= 0;
        }
    }

    static OneOf oneOf(String... values) {
        return new OneOf(List.of(values));
    }

    static Flag flag() {
        return new Flag();
    }

    static Count count(long min, long max) {
        return new Count(min, max);
    }

    /** A property's value as it is sent: whole numbers as {@code long}, the rest as given. */
    static Object normalized(PropertyRule rule, Object value) {
        Objects.requireNonNull(value);
        return rule instanceof Count ? ((Number) value).longValue() : value;
    }
}
