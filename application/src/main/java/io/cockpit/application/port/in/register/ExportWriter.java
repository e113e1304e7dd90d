package io.cockpit.application.port.in.register;

import io.cockpit.application.port.out.register.ExportedItem;
import io.cockpit.domain.register.PersonalDataCategory;

import java.time.Instant;

/**
 * Where an export goes, as it is read: a category, its items one by one, the next category. The writer writes each
 * piece out at once (JSON, a ZIP of CSV files) and keeps nothing, so that an export takes constant memory.
 */
public interface ExportWriter {

    void begin(String userId, Instant exportedAt);

    void category(PersonalDataCategory category);

    void item(ExportedItem item);

    void endCategory();

    void end();
}
