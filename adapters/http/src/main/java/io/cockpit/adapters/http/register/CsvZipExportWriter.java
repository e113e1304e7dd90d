package io.cockpit.adapters.http.register;

import io.cockpit.application.port.in.register.ExportWriter;
import io.cockpit.application.port.out.register.ExportedItem;
import io.cockpit.domain.register.PersonalDataCategory;
import io.cockpit.domain.shared.Language;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The export as a ZIP streamed as it is read: one {@code <category>.csv} per category (UTF-8, a header row from the
 * first item's fields, RFC 4180 quoting, lists joined with {@code ;}), and last {@code categories.csv} with each
 * category's purpose, legal basis, source, recipients, retention and deletion. Only those descriptions (a few dozen
 * lines) are kept until the end; the items go out as they come.
 */
final class CsvZipExportWriter implements ExportWriter {

    private final ZipOutputStream zip;
    private final Language language;
    private final List<List<String>> descriptions = new ArrayList<>();
    private List<String> header;

    CsvZipExportWriter(OutputStream out, Language language) {
        this.zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        this.language = language;
    }

    @Override
    public void begin(String userId, Instant exportedAt) {
        descriptions.add(List.of("category", "name", "purpose", "legalBasis", "source", "recipients", "retention",
                "deletion"));
    }

    @Override
    public void category(PersonalDataCategory category) {
        descriptions.add(List.of(category.id(), category.name().in(language), category.purpose().in(language),
                category.legalBasis().describe(language), category.source().in(language),
                category.recipients().stream().map(r -> r.in(language)).collect(Collectors.joining("; ")),
                category.retention().describe(language), category.deletion().describe(language)));
        header = null;
        entry(category.id() + ".csv");
    }

    @Override
    public void item(ExportedItem item) {
        if (header == null) {
            header = List.copyOf(item.fields().keySet());
            row(header);
        }
        List<String> values = new ArrayList<>(header.size());
        for (String column : header) {
            values.add(text(item.fields().get(column)));
        }
        row(values);
    }

    @Override
    public void endCategory() {
        closeEntry();
    }

    @Override
    public void end() {
        entry("categories.csv");
        descriptions.forEach(this::row);
        closeEntry();
        try {
            zip.finish();
            zip.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof List<?> list) {
            return list.stream().map(CsvZipExportWriter::text).collect(Collectors.joining(";"));
        }
        return value.toString();
    }

    /** RFC 4180: a field with a comma, quote or line break is quoted, its quotes doubled. */
    static String csvLine(List<String> fields) {
        return fields.stream().map(field -> field.contains(",") || field.contains("\"") || field.contains("\n")
                        || field.contains("\r") ? "\"" + field.replace("\"", "\"\"") + "\"" : field)
                .collect(Collectors.joining(",")) + "\r\n";
    }

    private void row(List<String> fields) {
        try {
            zip.write(csvLine(fields).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void entry(String name) {
        try {
            zip.putNextEntry(new ZipEntry(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void closeEntry() {
        try {
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
