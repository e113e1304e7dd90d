package io.cockpit.adapters.mysql;

import io.cockpit.application.port.out.shared.UniquenessViolation;
import org.jdbi.v3.core.statement.StatementException;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a duplicate-key error into the port's {@link UniquenessViolation}, by the name of the unique index. The
 * driver's exception is dropped: MySQL puts the duplicate value (an e-mail address, say) into its message, and that
 * must not travel into logs or error reports.
 */
public final class UniqueKeys {

    private UniqueKeys() {
    }

    public static <T> T translate(Map<String, UniquenessViolation.Rule> rulesByIndex, java.util.function.Supplier<T> write) {
        try {
            return write.get();
        } catch (StatementException e) {
            Optional<UniquenessViolation.Rule> rule = ruleFor(e, rulesByIndex);
            if (rule.isPresent()) {
                throw new UniquenessViolation(rule.get(), null);
            }
            throw e;
        }
    }

    private static Optional<UniquenessViolation.Rule> ruleFor(StatementException e,
                                                             Map<String, UniquenessViolation.Rule> rulesByIndex) {
        return SqlCauses.first(e, sql -> sql.getSQLState() != null && sql.getSQLState().startsWith("23")).map(sql -> {
            String message = String.valueOf(sql.getMessage()).toLowerCase(Locale.ROOT);
            return rulesByIndex.entrySet().stream()
                    .filter(entry -> message.contains(entry.getKey()))
                    .map(Map.Entry::getValue)
                    .findFirst()
                    .orElse(UniquenessViolation.Rule.IDENTIFIER);
        });
    }
}
