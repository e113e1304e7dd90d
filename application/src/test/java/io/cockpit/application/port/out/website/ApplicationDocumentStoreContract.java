package io.cockpit.application.port.out.website;

import io.cockpit.application.testing.WebsiteMother;
import io.cockpit.domain.shared.ItemId;
import io.cockpit.domain.website.ApplicationDocument;
import io.cockpit.domain.website.DocumentName;
import io.cockpit.domain.website.DocumentType;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

public abstract class ApplicationDocumentStoreContract {

    private static final Instant NOW = Instant.parse("2026-05-04T08:30:00.123Z");

    protected abstract ApplicationDocumentStore documents();

    private static ApplicationDocument document(ItemId application, String name, byte[] content, Instant at) {
        DocumentType type = content[0] == '%' ? DocumentType.PDF : DocumentType.PNG;
        return ApplicationDocument.checked(ItemId.random(), application, new DocumentName(name), type, content, at);
    }

    @Test
    void keepsTheDocumentAndItsContentByteForByte() {
        ItemId application = ItemId.random();
        ApplicationDocument cv = document(application, "Lebenslauf Öztürk.pdf", WebsiteMother.PDF, NOW);
        ApplicationDocument photo = document(application, "foto.png", WebsiteMother.PNG, NOW.plusMillis(1));

        assertThat(documents().put(cv, WebsiteMother.PDF)).isEmpty();
        assertThat(documents().put(photo, WebsiteMother.PNG)).isEmpty();

        assertThat(documents().list(application)).containsExactly(cv, photo);
        assertThat(documents().count(application)).isEqualTo(2);
        assertThat(documents().find(application, cv.id())).contains(cv);
        assertThat(documents().content(application, photo.id())).hasValueSatisfying(bytes ->
                assertThat(bytes).isEqualTo(WebsiteMother.PNG));
    }

    @Test
    void theSameFileNameReplacesTheDocument() {
        ItemId application = ItemId.random();
        ApplicationDocument first = document(application, "cv.pdf", WebsiteMother.PDF, NOW);
        byte[] newer = (new String(WebsiteMother.PDF, java.nio.charset.StandardCharsets.ISO_8859_1) + "% v2\n")
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        ApplicationDocument second = document(application, "cv.pdf", newer, NOW.plusSeconds(1));
        documents().put(first, WebsiteMother.PDF);

        assertThat(documents().put(second, newer)).contains(first);

        assertThat(documents().list(application)).containsExactly(second);
        assertThat(documents().find(application, first.id())).isEmpty();
        assertThat(documents().content(application, second.id())).hasValueSatisfying(bytes ->
                assertThat(bytes).isEqualTo(newer));
    }

    @Test
    void anotherApplicationsDocumentIsNotFoundUnderThisOne() {
        ItemId mine = ItemId.random();
        ItemId theirs = ItemId.random();
        ApplicationDocument theirDocument = document(theirs, "cv.pdf", WebsiteMother.PDF, NOW);
        documents().put(theirDocument, WebsiteMother.PDF);

        assertThat(documents().find(mine, theirDocument.id())).isEmpty();
        assertThat(documents().content(mine, theirDocument.id())).isEmpty();
        assertThat(documents().list(mine)).isEmpty();
        assertThat(documents().count(mine)).isZero();
    }

    @Test
    void deletingAllOfAnApplicationLeavesTheOthers() {
        ItemId erased = ItemId.random();
        ItemId kept = ItemId.random();
        ApplicationDocument one = document(erased, "a.pdf", WebsiteMother.PDF, NOW);
        documents().put(one, WebsiteMother.PDF);
        documents().put(document(erased, "b.png", WebsiteMother.PNG, NOW), WebsiteMother.PNG);
        ApplicationDocument other = document(kept, "a.pdf", WebsiteMother.PDF, NOW);
        documents().put(other, WebsiteMother.PDF);

        assertThat(documents().deleteAll(erased)).isEqualTo(2);
        assertThat(documents().deleteAll(erased)).isZero();

        assertThat(documents().content(erased, one.id())).isEmpty();
        assertThat(documents().list(kept)).containsExactly(other);
    }

    @Test
    void theLargestAllowedDocumentFits() {
        ItemId application = ItemId.random();
        byte[] largest = Arrays.copyOf(WebsiteMother.PDF, ApplicationDocument.MAX_BYTES);
        Arrays.fill(largest, WebsiteMother.PDF.length, largest.length, (byte) 0xA7);
        ApplicationDocument document = document(application, "portfolio.pdf", largest, NOW);

        documents().put(document, largest);

        assertThat(documents().content(application, document.id())).hasValueSatisfying(bytes ->
                assertThat(Arrays.equals(bytes, largest)).as("10 MiB back byte for byte").isTrue());
    }

    @Test
    void contentsOfOddSizesComeBackWhole() {
        ItemId application = ItemId.random();
        for (int size : new int[]{WebsiteMother.PDF.length, 1024 * 1024, 1024 * 1024 + 1, 3 * 1024 * 1024 - 7}) {
            byte[] content = Arrays.copyOf(WebsiteMother.PDF, size);
            for (int i = WebsiteMother.PDF.length; i < size; i++) {
                content[i] = (byte) (i * 31);
            }
            ApplicationDocument document = document(application, "size-" + size + ".pdf", content, NOW);
            documents().put(document, content);

            assertThat(documents().content(application, document.id())).hasValueSatisfying(bytes ->
                    assertThat(Arrays.equals(bytes, content)).as(size + " bytes back byte for byte").isTrue());
        }
    }
}
