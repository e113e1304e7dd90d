package io.cockpit.domain.website;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Tells a document's format by its bytes: PDF, PNG and JPEG by their signatures, DOCX as a ZIP archive whose central
 * directory lists {@code word/document.xml}. Only the directory is read, nothing is decompressed, so a ZIP bomb costs
 * no more than its own bytes.
 */
public final class DocumentFormats {

    private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] ZIP_LOCAL_HEADER = {'P', 'K', 3, 4};
    private static final int END_OF_DIRECTORY = 0x06054b50;
    private static final int DIRECTORY_ENTRY = 0x02014b50;
    private static final int END_RECORD_LENGTH = 22;
    private static final int MAX_ARCHIVE_COMMENT = 0xFFFF;
    private static final int ENTRY_HEADER_LENGTH = 46;
    private static final String WORD_BODY = "word/document.xml";

    private DocumentFormats() {
    }

    /** The format the content is in, or empty if it is none of the accepted ones. */
    public static Optional<DocumentType> detect(byte[] content) {
        if (startsWith(content, PDF)) {
            return Optional.of(DocumentType.PDF);
        }
        if (startsWith(content, PNG)) {
            return Optional.of(DocumentType.PNG);
        }
        if (startsWith(content, JPEG)) {
            return Optional.of(DocumentType.JPEG);
        }
        if (startsWith(content, ZIP_LOCAL_HEADER) && listsWordBody(content)) {
            return Optional.of(DocumentType.DOCX);
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] content, byte[] signature) {
        if (content.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if (content[i] != signature[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean listsWordBody(byte[] zip) {
        int end = endOfDirectory(zip);
        if (end < 0) {
            return false;
        }
        int entries = u16(zip, end + 10);
        long size = u32(zip, end + 12);
        long offset = u32(zip, end + 16);
        if (offset + size > end) {
            return false;
        }
        int at = (int) offset;
        for (int entry = 0; entry < entries && at + ENTRY_HEADER_LENGTH <= end; entry++) {
            if (u32(zip, at) != DIRECTORY_ENTRY) {
                return false;
            }
            int nameLength = u16(zip, at + 28);
            int extraLength = u16(zip, at + 30);
            int commentLength = u16(zip, at + 32);
            if (at + ENTRY_HEADER_LENGTH + nameLength > end) {
                return false;
            }
            String name = new String(zip, at + ENTRY_HEADER_LENGTH, nameLength, StandardCharsets.UTF_8);
            if (name.equals(WORD_BODY)) {
                return true;
            }
            at += ENTRY_HEADER_LENGTH + nameLength + extraLength + commentLength;
        }
        return false;
    }

    /** Where the end-of-central-directory record starts (it may be followed by a comment), or -1. */
    private static int endOfDirectory(byte[] zip) {
        int last = zip.length - END_RECORD_LENGTH;
        int first = Math.max(0, last - MAX_ARCHIVE_COMMENT);
        for (int at = last; at >= first; at--) {
            if (u32(zip, at) == END_OF_DIRECTORY) {
                return at;
            }
        }
        return -1;
    }

    private static int u16(byte[] bytes, int at) {
        return (bytes[at] & 0xFF) | (bytes[at + 1] & 0xFF) << 8;
    }

    private static long u32(byte[] bytes, int at) {
        return (u16(bytes, at) | (long) u16(bytes, at + 2) << 16) & 0xFFFFFFFFL;
    }
}
