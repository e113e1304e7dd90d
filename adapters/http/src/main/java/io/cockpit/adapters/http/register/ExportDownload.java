package io.cockpit.adapters.http.register;

import io.cockpit.application.port.in.register.ExportUseCase;
import io.cockpit.domain.shared.Language;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerResponse;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;

/**
 * Sends a prepared export as a download, written as it is read: JSON ({@link JsonExportWriter}) or a ZIP with one
 * CSV file per category ({@link CsvZipExportWriter}). The status and headers go first; a failure after that can only
 * end the connection (the client sees a cut download, never a partial file presented as complete).
 */
final class ExportDownload {

    private ExportDownload() {
    }

    static void send(ServerResponse response, ExportUseCase.PreparedExport export, Optional<String> format,
                     Language language, Clock clock, Map<String, String> headers) {
        boolean zip = format.filter("zip"::equals).isPresent();
        String date = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).toString();
        response.status(Status.OK_200);
        response.header(HeaderNames.CONTENT_TYPE, zip ? "application/zip" : "application/json");
        response.header(HeaderNames.CACHE_CONTROL, "no-store");
        response.header("Content-Disposition", "attachment; filename=\"cockpit-export-" + date
                + (zip ? ".zip" : ".json") + "\"");
        response.header("Content-Language", language.code());
        headers.forEach(response::header);
        try (OutputStream out = response.outputStream()) {
            if (zip) {
                CsvZipExportWriter writer = new CsvZipExportWriter(out, language);
                export.writeTo(writer);
            } else {
                export.writeTo(new JsonExportWriter(out, language));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
