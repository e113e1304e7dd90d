package io.cockpit.domain.register;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The register of personal data (the record of processing, Art. 30 GDPR): every category the product keeps, once.
 * Each capability declares its own categories; bootstrap assembles them into this one register.
 */
public final class Register {

    private final Map<String, PersonalDataCategory> byId;

    private Register(Map<String, PersonalDataCategory> byId) {
        this.byId = byId;
    }

    public static Register of(Collection<PersonalDataCategory> categories) {
        Map<String, PersonalDataCategory> byId = new LinkedHashMap<>();
        Map<String, String> tableOwner = new LinkedHashMap<>();
        for (PersonalDataCategory category : categories) {
            if (byId.putIfAbsent(category.id(), category) != null) {
                throw new IllegalArgumentException("the register declares " + category.id() + " twice");
            }
            for (String table : category.tables()) {
                String owner = tableOwner.putIfAbsent(table, category.id());
                if (owner != null) {
                    throw new IllegalArgumentException("table " + table + " is declared by " + owner + " and "
                            + category.id() + ": one table, one category");
                }
            }
        }
        return new Register(byId);
    }

    public List<PersonalDataCategory> categories() {
        return List.copyOf(byId.values());
    }

    public Optional<PersonalDataCategory> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public PersonalDataCategory get(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("no register category " + id));
    }

    /** The categories a user's export shows and a user's erasure deletes. */
    public List<PersonalDataCategory> userCategories() {
        return byId.values().stream().filter(PersonalDataCategory::belongsToUser).toList();
    }

    /** The category that declares a table, if any. */
    public Optional<PersonalDataCategory> declaringTable(String table) {
        return byId.values().stream().filter(c -> c.tables().contains(table)).findFirst();
    }

    /** The category whose cache key pattern matches {@code key}, if any. */
    public Optional<PersonalDataCategory> declaringCacheKey(String key) {
        return byId.values().stream()
                .filter(c -> c.holdings().stream().anyMatch(h -> h.matchesKey(key))).findFirst();
    }

    public List<String> personalColumns() {
        List<String> columns = new ArrayList<>();
        byId.values().forEach(c -> columns.addAll(c.personalColumns()));
        return columns;
    }
}
