package io.cockpit.application.port.out.website;

import io.cockpit.application.testing.WebsiteMother;
import io.cockpit.domain.shared.ItemId;
import io.cockpit.domain.website.ApplicationDocument;
import io.cockpit.domain.website.DocumentName;
import io.cockpit.domain.website.DocumentType;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

public abstract class ApplicationDocumentStoreContract {

    private static final Instant NOW = Instant.parse("2026-05-04T08:30:00.123Z");

    protected abstract ApplicationDocumentStore documents();

    private static ApplicationDocument document(ItemId application, String name, byte[] content, Instant at) {
        DocumentType type = content[0] == '%' ? DocumentType.PDF : DocumentType.PNG;
        return ApplicationDocument.checked(ItemId.random(), application, new DocumentName(name), type, content, at);
    }

    /** The content read back part by part, as a download does; empty when part 0 is gone. */
    private Optional<byte[]> content(ApplicationDocument document) {
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        for (int number = 0; number < ApplicationDocumentStore.parts(document.sizeBytes()); number++) {
            Optional<byte[]> part = documents().part(document.id(), number);
            if (part.isEmpty()) {
                return Optional.empty();
            }
            content.writeBytes(part.get());
        }
        return Optional.of(content.toByteArray());
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
        assertThat(content(photo)).hasValueSatisfying(bytes ->
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
        assertThat(documents().part(first.id(), 0)).as("the replaced document's content is gone").isEmpty();
        assertThat(content(second)).hasValueSatisfying(bytes ->
                assertThat(bytes).isEqualTo(newer));
    }

    @Test
    void anotherApplicationsDocumentIsNotFoundUnderThisOne() {
        ItemId mine = ItemId.random();
        ItemId theirs = ItemId.random();
        ApplicationDocument theirDocument = document(theirs, "cv.pdf", WebsiteMother.PDF, NOW);
        documents().put(theirDocument, WebsiteMother.PDF);

        assertThat(documents().find(mine, theirDocument.id())).isEmpty();
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

        assertThat(documents().part(one.id(), 0)).isEmpty();
        assertThat(documents().list(kept)).containsExactly(other);
        assertThat(content(other)).hasValueSatisfying(bytes -> assertThat(bytes).isEqualTo(WebsiteMother.PDF));
    }

    @Test
    void theLargestAllowedDocumentFits() {
        ItemId application = ItemId.random();
        byte[] largest = Arrays.copyOf(WebsiteMother.PDF, ApplicationDocument.MAX_BYTES);
        Arrays.fill(largest, WebsiteMother.PDF.length, largest.length, (byte) 0xA7);
        ApplicationDocument document = document(application, "portfolio.pdf", largest, NOW);

        documents().put(document, largest);

        assertThat(ApplicationDocumentStore.parts(document.sizeBytes())).isEqualTo(10);
        for (int number = 0; number < 10; number++) {
            int from = number * ApplicationDocumentStore.PART_BYTES;
            assertThat(documents().part(document.id(), number)).as("part " + number).hasValueSatisfying(part ->
                    assertThat(Arrays.equals(part, Arrays.copyOfRange(largest, from,
                            from + ApplicationDocumentStore.PART_BYTES))).as("1 MiB back byte for byte").isTrue());
        }
        assertThat(documents().part(document.id(), 10)).as("no part beyond the last").isEmpty();
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

            int last = ApplicationDocumentStore.parts(size) - 1;
            assertThat(documents().part(document.id(), last)).hasValueSatisfying(part ->
                    assertThat(part).hasSize(size - last * ApplicationDocumentStore.PART_BYTES));
            assertThat(documents().part(document.id(), last + 1)).isEmpty();
            assertThat(content(document)).hasValueSatisfying(bytes ->
                    assertThat(Arrays.equals(bytes, content)).as(size + " bytes back byte for byte").isTrue());
        }
    }

    @Test
    void aPartOfAnUnknownOrErasedDocumentIsNotFound() {
        ItemId application = ItemId.random();
        byte[] content = Arrays.copyOf(WebsiteMother.PDF, 2 * ApplicationDocument.MAX_BYTES / 10 + 5);
        ApplicationDocument document = document(application, "cv.pdf", content, NOW);
        documents().put(document, content);
        assertThat(documents().part(document.id(), 2)).hasValueSatisfying(part -> assertThat(part).hasSize(5));

        assertThat(documents().part(ItemId.random(), 0)).isEmpty();
        assertThat(documents().part(document.id(), -1)).isEmpty();
        documents().deleteAll(application);

        for (int number = 0; number < 3; number++) {
            assertThat(documents().part(document.id(), number)).as("part " + number + " after the erasure").isEmpty();
        }
    }
}
