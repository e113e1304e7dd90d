package io.cockpit.adapters.http.register;

import io.cockpit.domain.shared.Language;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class PreferredLanguageTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "en | EN",
            "EN-gb | EN",
            "de | DE",
            "de-AT | DE",
            "fr | DE",
            "'' | DE",
            "en-US,en;q=0.9,de;q=0.8 | EN",
            "de;q=0.5, en;q=0.8 | EN",
            "fr-CH, fr;q=0.9, en;q=0.8, de;q=0.7, *;q=0.5 | EN",
            "en, de | EN",
            "de, en | DE",
            "de;q=0.7, en;q=0.7 | DE",
            "en;q=0.7, de;q=0.7 | EN",
            "fr, *;q=0.5 | DE",
            "de;q=0 | EN",
            "de;q=0, * | EN",
            "de;q=0, en;q=0 | DE",
            "*;q=0 | DE",
            "en;q=2, de;q=0.1 | DE",
            "en;q=abc | DE",
            "en; Q=0.9, de;q=0.95 | DE",
            ";;, , en | EN"})
    void picksTheBetterWeightedOfGermanAndEnglish(String header, Language expected) {
        assertThat(PreferredLanguage.of(Optional.of(header))).isEqualTo(expected);
    }

    @ParameterizedTest
    @NullSource
    void withoutTheHeaderItIsGerman(String header) {
        assertThat(PreferredLanguage.of(Optional.ofNullable(header))).isEqualTo(Language.DE);
    }
}
