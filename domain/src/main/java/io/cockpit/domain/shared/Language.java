package io.cockpit.domain.shared;


import java.util.Arrays;

/** The languages the Cockpit speaks. */
public enum Language {
    DE("de"), EN("en");

    private final String code;

    Language(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Language fromCode(String code) {
        return Arrays.stream(values()).filter(l -> l.code.equals(code)).findFirst()
                .orElseThrow(() -> new InvalidValueException("language.unsupported", "must be de or en"));
    }
}
