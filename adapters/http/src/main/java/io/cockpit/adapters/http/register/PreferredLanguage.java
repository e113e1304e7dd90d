package io.cockpit.adapters.http.register;

import io.cockpit.domain.shared.Language;

import java.util.Locale;
import java.util.Optional;

/**
 * The language to answer in, from {@code Accept-Language} (RFC 9110 12.5.4): the one of {@code de} and {@code en}
 * with the higher weight ({@code de-AT} counts as {@code de}, {@code *} for any not named), the earlier one on a tie.
 * German, the language of the privacy policy, when the header names neither, or is missing or unreadable; English
 * when German alone is refused ({@code q=0}).
 */
final class PreferredLanguage {

    static final Language DEFAULT = Language.DE;

    private PreferredLanguage() {
    }

    static Language of(Optional<String> acceptLanguage) {
        Weight german = Weight.NONE;
        Weight english = Weight.NONE;
        Weight any = Weight.NONE;
        String[] ranges = acceptLanguage.orElse("").split(",", -1);
        for (int position = 0; position < ranges.length; position++) {
            String[] parts = ranges[position].split(";", -1);
            String primary = parts[0].strip().toLowerCase(Locale.ROOT).split("-", -1)[0];
            Optional<Double> q = quality(parts);
            if (q.isEmpty()) {
                continue;
            }
            Weight weight = new Weight(q.get(), position);
            switch (primary) {
                case "de" -> german = german.better(weight);
                case "en" -> english = english.better(weight);
                case "*" -> any = any.better(weight);
                default -> {
                }
            }
        }
        german = german.named() ? german : any;
        english = english.named() ? english : any;
        if (!german.acceptable() && !english.acceptable()) {
            return german.named() && english.quality() != 0 ? Language.EN : DEFAULT;
        }
        return english.preferredTo(german) ? Language.EN : Language.DE;
    }

    /** The {@code q} parameter (1 without one); empty when it is not a weight. */
    private static Optional<Double> quality(String[] parameters) {
        for (int i = 1; i < parameters.length; i++) {
            String parameter = parameters[i].strip();
            if (parameter.regionMatches(true, 0, "q=", 0, 2)) {
                String value = parameter.substring(2).strip();
                if (!value.matches("0(\\.\\d{0,3})?|1(\\.0{0,3})?")) {
                    return Optional.empty();
                }
                return Optional.of(Double.parseDouble(value));
            }
        }
        return Optional.of(1.0);
    }

    /** How much a language range is wanted and where it stood; {@link #NONE} when not named. */
    private record Weight(double quality, int position) {

        static final Weight NONE = new Weight(-1, Integer.MAX_VALUE);

        boolean named() {
            return quality >= 0;
        }

        boolean acceptable() {
            return quality > 0;
        }

        Weight better(Weight other) {
            return other.quality > quality ? other : this;
        }

        boolean preferredTo(Weight other) {
            return quality > other.quality || (quality == other.quality && position < other.position);
        }
    }
}
