package io.cockpit.domain.website;

import io.cockpit.domain.shared.DomainException;
import io.cockpit.domain.shared.ErrorCode;
import io.cockpit.domain.shared.ItemId;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DocumentFormatsTest {

    static final byte[] PDF = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0};

    static byte[] zip(String... entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String entry : entries) {
                zip.putNextEntry(new ZipEntry(entry));
                zip.write("<xml/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            zip.setComment("made by a test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static byte[] docx() {
        return zip("[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml");
    }

    @Test
    void eachAcceptedFormatIsKnownByItsBytes() {
        assertThat(DocumentFormats.detect(PDF)).contains(DocumentType.PDF);
        assertThat(DocumentFormats.detect(PNG)).contains(DocumentType.PNG);
        assertThat(DocumentFormats.detect(JPEG)).contains(DocumentType.JPEG);
        assertThat(DocumentFormats.detect(docx())).contains(DocumentType.DOCX);
    }

    @Test
    void aZipWithoutAWordBodyIsNoDocx() {
        assertThat(DocumentFormats.detect(zip("[Content_Types].xml", "xl/workbook.xml"))).isEmpty();
        assertThat(DocumentFormats.detect(zip("notes/word/document.xml.bak"))).isEmpty();
    }

    @Test
    void truncatedOrForeignContentIsNothing() {
        byte[] docx = docx();
        assertThat(DocumentFormats.detect(Arrays.copyOf(docx, docx.length - 30))).isEmpty();
        assertThat(DocumentFormats.detect(Arrays.copyOf(docx, 4))).isEmpty();
        assertThat(DocumentFormats.detect(new byte[0])).isEmpty();
        assertThat(DocumentFormats.detect("<html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8)))
                .isEmpty();
        assertThat(DocumentFormats.detect("%PD".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(DocumentFormats.detect(new byte[]{'M', 'Z', (byte) 0x90, 0})).isEmpty();
    }

    @Test
    void aDirectoryPointingOutsideTheArchiveIsNoDocx() {
        byte[] docx = docx();
        int end = docx.length - 22 - "made by a test".length();
        docx[end + 16] = (byte) 0xFF;
        docx[end + 17] = (byte) 0xFF;
        docx[end + 18] = (byte) 0xFF;
        docx[end + 19] = (byte) 0x7F;
        assertThat(DocumentFormats.detect(docx)).isEmpty();
    }

    @Test
    void theMediaTypeMustMatchTheContent() {
        Instant now = Instant.parse("2026-05-01T10:00:00Z");
        DocumentName name = new DocumentName("cv.pdf");

        assertThat(ApplicationDocument.checked(ItemId.random(), ItemId.random(), name, DocumentType.PDF, PDF, now)
                .sizeBytes()).isEqualTo(PDF.length);
        assertThatThrownBy(() -> ApplicationDocument.checked(ItemId.random(), ItemId.random(), name,
                DocumentType.PNG, PDF, now))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).error()).isEqualTo(ErrorCode.APPLICATION_DOCUMENT_CONTENT_MISMATCH);
        assertThatThrownBy(() -> ApplicationDocument.checked(ItemId.random(), ItemId.random(), name,
                DocumentType.DOCX, zip("a.txt"), now))
                .extracting(e -> ((DomainException) e).error()).isEqualTo(ErrorCode.APPLICATION_DOCUMENT_CONTENT_MISMATCH);
        assertThatThrownBy(() -> ApplicationDocument.checked(ItemId.random(), ItemId.random(), name,
                DocumentType.PDF, new byte[0], now))
                .extracting(e -> ((DomainException) e).error()).isEqualTo(ErrorCode.APPLICATION_DOCUMENT_CONTENT_MISMATCH);
        byte[] tooLarge = Arrays.copyOf(PDF, ApplicationDocument.MAX_BYTES + 1);
        assertThatThrownBy(() -> ApplicationDocument.checked(ItemId.random(), ItemId.random(), name,
                DocumentType.PDF, tooLarge, now))
                .extracting(e -> ((DomainException) e).error()).isEqualTo(ErrorCode.APPLICATION_DOCUMENT_TOO_LARGE);
    }

    @Test
    void mediaTypesAreReadWithoutRegardToCase() {
        assertThat(DocumentType.ofMediaType("Application/PDF")).contains(DocumentType.PDF);
        assertThat(DocumentType.ofMediaType("application/msword")).isEmpty();
    }
}
