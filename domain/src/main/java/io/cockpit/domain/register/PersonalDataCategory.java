package io.cockpit.domain.register;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One entry of the register: a category of personal data, where it is kept, why, on what legal basis, where it comes
 * from, who receives it, how long it is kept and how it is deleted. The retention jobs, the export, the erasure and
 * the public record of processing are all driven by these entries.
 *
 * @param id              stable machine name ({@code sessions}), used on the wire and by the stores
 * @param personalColumns columns of its tables that hold personal data besides {@code user_id} (the schema scan
 *                        checks that no table holds such a column undeclared)
 */
public record PersonalDataCategory(String id, Localized name, DataSubject subject, List<Holding> holdings,
                                   Localized purpose, LegalBasis legalBasis, Localized source,
                                   List<Localized> recipients, RetentionRule retention, DeletionMethod deletion,
                                   Set<String> personalColumns) {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9_]{1,47}");

    public PersonalDataCategory {
        if (!ID.matcher(Objects.requireNonNull(id)).matches()) {
            throw new IllegalArgumentException("a category id is snake_case: " + id);
        }
        Objects.requireNonNull(name);
        Objects.requireNonNull(subject);
        holdings = List.copyOf(holdings);
        if (holdings.isEmpty()) {
            throw new IllegalArgumentException(id + ": a category is kept somewhere");
        }
        Objects.requireNonNull(purpose);
        Objects.requireNonNull(legalBasis);
        Objects.requireNonNull(source);
        recipients = List.copyOf(recipients);
        Objects.requireNonNull(retention);
        Objects.requireNonNull(deletion);
        personalColumns = Set.copyOf(personalColumns);
    }

    public boolean belongsToUser() {
        return subject.belongsToUser();
    }

    public boolean heldIn(StoreKind store) {
        return holdings.stream().anyMatch(holding -> holding.store() == store);
    }

    public List<String> tables() {
        return holdings.stream().filter(h -> h.store() == StoreKind.RELATIONAL).map(Holding::name).toList();
    }
}
