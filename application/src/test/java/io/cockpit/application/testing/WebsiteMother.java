package io.cockpit.application.testing;

import io.cockpit.domain.access.TokenHash;
import io.cockpit.domain.account.EmailAddress;
import io.cockpit.domain.account.PersonName;
import io.cockpit.domain.shared.ItemId;
import io.cockpit.domain.website.Application;
import io.cockpit.domain.website.ConsentTextVersion;
import io.cockpit.domain.website.ContactRequest;
import io.cockpit.domain.website.FormMessage;
import io.cockpit.domain.website.JobReference;
import io.cockpit.domain.website.PageUrl;
import io.cockpit.domain.website.PhoneNumber;
import io.cockpit.domain.website.CompanyName;
import io.cockpit.domain.website.UploadWindow;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/** Contact requests, applications and document contents for tests: every one unique, with unique tokens. */
public final class WebsiteMother {

    private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 1_000_000);

    /** A small, real PDF. */
    public static final byte[] PDF = "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<<>>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);
    /** The first bytes of a PNG file: enough for the format check. */
    public static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D',
            'R', 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0};

    /** The first bytes of a JPEG (JFIF) file. */
    public static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F',
            0, 1, 1, 0, 0, 1, 0, 1, 0, 0};

    private WebsiteMother() {
    }

    /** A minimal Word document: a ZIP archive with the parts a DOCX has, {@code word/document.xml} among them. */
    public static byte[] docx() {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
            for (String part : new String[]{"[Content_Types].xml", "_rels/.rels", "word/document.xml"}) {
                zip.putNextEntry(new java.util.zip.ZipEntry(part));
                zip.write("<?xml version=\"1.0\"?><w:document/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public static String uniqueEmail() {
        return "visitor" + SEQUENCE.incrementAndGet() + "@example.org";
    }

    public static TokenHash uniqueToken() {
        return TokenHash.of("token-" + UUID.randomUUID());
    }

    public static ContactRequest contactRequest(String email, Instant receivedAt) {
        return new ContactRequest(ItemId.random(), new PersonName("Jürgen Müller"), new EmailAddress(email),
                Optional.of(new PhoneNumber("+49 30 1234567")), Optional.of(new CompanyName("Müller & Söhne GmbH")),
                new FormMessage("Guten Tag,\nich interessiere mich für das Cockpit. 🚀"),
                new PageUrl("https://www.example.com/kontakt?from=footer"), receivedAt, uniqueToken());
    }

    public static Application.Submission submission(String email, String job, boolean talentPool) {
        return new Application.Submission(new JobReference(job), new PersonName("Ayşe"), new PersonName("Öztürk"),
                new EmailAddress(email), Optional.of(new PhoneNumber("0171 2345678")),
                Optional.of(new FormMessage("Ich bewerbe mich hiermit.\nMit freundlichen Grüßen")),
                talentPool ? Optional.of(new ConsentTextVersion("talent-pool-2026-01")) : Optional.empty());
    }

    public static Application application(String email, String job, boolean talentPool, Instant receivedAt) {
        return Application.receive(ItemId.random(), submission(email, job, talentPool), uniqueToken(), uniqueToken(),
                new UploadWindow(uniqueToken(), receivedAt.plus(UploadWindow.VALIDITY)), receivedAt);
    }
}
