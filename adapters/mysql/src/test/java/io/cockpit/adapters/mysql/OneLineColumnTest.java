package io.cockpit.adapters.mysql;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class OneLineColumnTest {

    private static final OneLineColumn FILE = OneLineColumn.uniqueFileName("application_document", "document_id",
            "file_name", 12, List.of("application_id"));
    private static final OneLineColumn URL = OneLineColumn.url("contact_request", "request_id", "page_url", 23);
    private static final OneLineColumn NAME = OneLineColumn.uniqueName("label", "label_id", "name", 8,
            List.of("user_id", "kind"));

    @Test
    void aFileNameIsNumberedBeforeItsExtensionWithinItsLength() {
        assertThat(FILE.cleaned("cv.pdf\u2069")).isEqualTo("cv.pdf");
        assertThat(FILE.numbered("cv.pdf", 2)).isEqualTo("cv (2).pdf");
        assertThat(FILE.numbered("lebenslauf.pdf", 3)).isEqualTo("lebe (3).pdf");
        assertThat(FILE.numbered(".profile", 2)).as("a leading dot is no extension").isEqualTo(".profile (2)");
    }

    @Test
    void aUrlThatItsEncodedControlsWouldMakeTooLongLosesThemInstead() {
        assertThat(URL.cleaned("https://x.de/" + "a".repeat(10) + "\u202e")).isEqualTo("https://x.de/aaaaaaaaaa");
    }

    @Test
    void aFileNameThatWouldReadAsAPathIsNotReadable() {
        assertThat(FILE.cleaned("\u202e..")).isEqualTo(LayoutControlsMigration.NOT_READABLE);
        assertThat(FILE.cleaned(".\u2066")).isEqualTo(LayoutControlsMigration.NOT_READABLE);
    }

    @Test
    void anExtensionThatLeavesNoRoomIsPartOfTheName() {
        assertThat(FILE.numbered("a.xxxxxxxxxx", 2)).isEqualTo("a.xxxxxx (2)");
    }

    @Test
    void aNameIsNumberedAtItsEndAndComparedWithoutCase() {
        assertThat(NAME.numbered("Kunden A", 2)).isEqualTo("Kund (2)");
        assertThat(NAME.compared("Vip")).isEqualTo("vip");
        assertThat(NAME.comparedColumn()).isEqualTo("name_canonical");
        assertThat(FILE.comparedColumn()).isEqualTo("file_name");
    }

    @Test
    void layoutControlsBecomeSpacesAndATextOfNothingElseSaysSo() {
        OneLineColumn reason = OneLineColumn.plain("legal_hold", "user_id", "hold_reason", 500);
        assertThat(reason.cleaned("Klage\u202eMüller\u2028")).isEqualTo("Klage Müller");
        assertThat(reason.cleaned("\u202a\u202c")).isEqualTo(LayoutControlsMigration.NOT_READABLE);
        assertThat(URL.cleaned("https://x.de/\ufeffa"))
                .isEqualTo("https://x.de/%EF%BB%BFa");
    }
}
