package io.cockpit.domain.website;

import io.cockpit.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WebsiteValuesTest {

    @ParameterizedTest
    @ValueSource(strings = {"https://www.example.com/kontakt", "http://example.com", "HTTPS://Example.com/a%20b"})
    void pageUrlsAreHttpOrHttps(String url) {
        assertThat(new PageUrl(url).value()).isEqualTo(url);
    }

    @ParameterizedTest
    @CsvSource({
            "https://www.example.com/kontakt?utm_source=mail&email=jana%40example.com, https://www.example.com/kontakt",
            "https://www.example.com/kontakt#jana@example.com, https://www.example.com/kontakt",
            "HTTPS://Example.com/a?b=c#d, HTTPS://Example.com/a",
            "https://example.com/a#frag?notaquery, https://example.com/a",
            "https://example.com?x=1, https://example.com",
            "https://example.com/jobs/?, https://example.com/jobs/",
            "https://example.com:8443/a/b#, https://example.com:8443/a/b"})
    void onlyThePageIsKeptNotItsQueryOrFragment(String sent, String kept) {
        assertThat(new PageUrl(sent).value()).isEqualTo(kept);
        assertThat(new PageUrl(kept).value()).as("stored and read again unchanged").isEqualTo(kept);
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)?https://example.com", "https://example.com/?q=a b",
            "https://?x=1", "/kontakt?https://example.com"})
    void aUrlIsCheckedWholeBeforeItsQueryIsCut(String url) {
        assertThatThrownBy(() -> new PageUrl(url)).isInstanceOf(InvalidValueException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "JavaScript:alert(document.cookie)", "data:text/html,hi",
            "ftp://example.com/x", "mailto:jana@example.com", "vbscript:x"})
    void otherSchemesAreRefused(String url) {
        assertThatThrownBy(() -> new PageUrl(url)).isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).rule()).isEqualTo("page_url.scheme");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/kontakt", "https://", "https://user:pw@example.com/", "https://exa mple.com/", ""})
    void relativeHostlessOrBrokenUrlsAreRefused(String url) {
        assertThatThrownBy(() -> new PageUrl(url)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void anOverlongUrlIsRefused() {
        assertThatThrownBy(() -> new PageUrl("https://example.com/" + "a".repeat(PageUrl.MAX_LENGTH)))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void theLengthIsCountedInCharactersAsTheContractCountsItAnEmojiOne() {
        String path = "https://example.com/";
        String longest = path + "\uD83D\uDE00".repeat(PageUrl.MAX_LENGTH - path.length());

        assertThat(new PageUrl(longest).value()).isEqualTo(longest);
        assertThatThrownBy(() -> new PageUrl(longest + "a")).isInstanceOf(InvalidValueException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"+49 30 1234567", "030/123 456-7", "(030) 1234567", "0049.30.1234"})
    void phoneNumbersAsPeopleWriteThem(String phone) {
        assertThat(new PhoneNumber(" " + phone + " ").value()).isEqualTo(phone);
    }

    @ParameterizedTest
    @ValueSource(strings = {"call me", "12", "+49 30 123<script>", "++49"})
    void notPhoneNumbers(String phone) {
        assertThatThrownBy(() -> new PhoneNumber(phone)).isInstanceOf(InvalidValueException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"../etc/passwd", "a/b.pdf", "C:\\cv.pdf", "..", ".", "cv\u0000.pdf", "cv\n.pdf"})
    void fileNamesHaveNoPathOrControlCharacters(String name) {
        assertThatThrownBy(() -> new DocumentName(name)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void aFileNameMayHaveSpacesUmlautsAndDots() {
        assertThat(new DocumentName("Lebenslauf Jürgen Müller v2.pdf").value())
                .isEqualTo("Lebenslauf Jürgen Müller v2.pdf");
    }

    @Test
    void aMessageKeepsItsLineBreaksButHidesItselfInToString() {
        FormMessage message = new FormMessage("Guten Tag,\n\nbitte rufen Sie mich an.\tDanke");

        assertThat(message.value()).contains("\n\n");
        assertThat(message.toString()).doesNotContain("Guten");
        assertThatThrownBy(() -> new FormMessage("x".repeat(FormMessage.MAX_LENGTH + 1)))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).rule()).isEqualTo("message.length");
        assertThatThrownBy(() -> new FormMessage("bell\u0007")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new FormMessage("   ")).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void jobReferencesAndConsentVersionsAreShortIdentifiers() {
        assertThat(new JobReference("2026-sales/berlin").value()).isEqualTo("2026-sales/berlin");
        assertThatThrownBy(() -> new JobReference("-sales")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new JobReference("x".repeat(101))).isInstanceOf(InvalidValueException.class);
        assertThat(new ConsentTextVersion("talent-pool-2026-01").value()).isEqualTo("talent-pool-2026-01");
        assertThatThrownBy(() -> new ConsentTextVersion("v 1")).isInstanceOf(InvalidValueException.class);
    }
}
