package io.cockpit.application.service.register;

import io.cockpit.application.port.out.register.ExpiringPersonalData;
import io.cockpit.application.port.out.register.PersonalDataStore;
import io.cockpit.domain.account.AccountPersonalData;
import io.cockpit.domain.register.DeletionMethod;
import io.cockpit.domain.register.PersonalDataCategory;
import io.cockpit.domain.register.Register;
import io.cockpit.domain.register.RetentionRule;
import io.cockpit.domain.register.StoreKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The register and the stores behind it, checked against each other at start: every user category kept in the
 * relational store has a store that exports and erases it, every category with a retention period has a store that
 * deletes what is due (unless the cache expires it), and no store serves a category the register does not declare.
 * Export, erasure and the retention jobs all walk this one list, in register order.
 */
public final class RegisterStores {

    /** The category an erasure deletes last: the account row. */
    public static final String ERASED_LAST = AccountPersonalData.ACCOUNT.id();

    private final Register register;
    private final List<PersonalDataStore> stores;
    private final List<ExpiringPersonalData> expiring;

    public RegisterStores(Register register, List<PersonalDataStore> stores, List<ExpiringPersonalData> expiring) {
        this.register = register;
        List<String> order = register.categories().stream().map(PersonalDataCategory::id).toList();
        this.stores = stores.stream().sorted(java.util.Comparator.comparingInt(s -> order.indexOf(s.category())))
                .toList();
        this.expiring = List.copyOf(expiring);
        List<String> problems = problems();
        if (!problems.isEmpty()) {
            throw new IllegalStateException("the register and its stores disagree: " + String.join("; ", problems));
        }
    }

    private List<String> problems() {
        List<String> problems = new ArrayList<>();
        Set<String> exported = stores.stream().map(PersonalDataStore::category).collect(Collectors.toSet());
        Set<String> expired = expiring.stream().map(ExpiringPersonalData::category).collect(Collectors.toSet());
        for (String category : exported) {
            if (register.find(category).map(c -> !c.belongsToUser()).orElse(true)) {
                problems.add("a store exports " + category + ", which the register does not declare as user data");
            }
        }
        for (String category : expired) {
            if (register.find(category).map(c -> !(c.retention() instanceof RetentionRule.AfterEvent)).orElse(true)) {
                problems.add("a store expires " + category + ", which has no retention period in the register");
            }
        }
        for (PersonalDataCategory category : register.categories()) {
            if (category.belongsToUser() && category.heldIn(StoreKind.RELATIONAL)
                    && !exported.contains(category.id())) {
                problems.add(category.id() + " is user data in the relational store, but no store exports it");
            }
        }
        return problems;
    }

    /**
     * The categories with a retention period that no store deletes and the cache does not expire: each needs a
     * dedicated job (the account's erasure, the access log files) or it is a gap.
     */
    public List<PersonalDataCategory> periodsWithoutStore() {
        Set<String> expired = expiring.stream().map(ExpiringPersonalData::category).collect(Collectors.toSet());
        return register.categories().stream()
                .filter(c -> c.retention() instanceof RetentionRule.AfterEvent)
                .filter(c -> c.deletion() != DeletionMethod.EXPIRE)
                .filter(c -> !expired.contains(c.id()))
                .toList();
    }

    public Register register() {
        return register;
    }

    /** The stores of user data, in the register's order of categories. */
    public List<PersonalDataStore> stores() {
        return stores;
    }

    /**
     * The stores in the order an erasure runs them: the register's order, but the {@link #ERASED_LAST account} last,
     * since the account row is what identifies the user (to the partner, to the erasure's receipt) until everything
     * else is gone. Within a category the stores keep the order their capability listed them in (the sessions' rows
     * before their cache, so that no session is cached again from a row that still exists).
     */
    public List<PersonalDataStore> erasureOrder() {
        List<PersonalDataStore> ordered = new ArrayList<>(stores.stream()
                .filter(store -> !store.category().equals(ERASED_LAST)).toList());
        stores.stream().filter(store -> store.category().equals(ERASED_LAST)).forEach(ordered::add);
        return List.copyOf(ordered);
    }

    public List<ExpiringPersonalData> expiring() {
        return expiring;
    }

    /** The stores of each user category, in register order. */
    public Map<PersonalDataCategory, List<PersonalDataStore>> storesByCategory() {
        Map<PersonalDataCategory, List<PersonalDataStore>> byCategory = new java.util.LinkedHashMap<>();
        for (PersonalDataCategory category : register.userCategories()) {
            List<PersonalDataStore> of = stores.stream().filter(s -> s.category().equals(category.id())).toList();
            if (!of.isEmpty()) {
                byCategory.put(category, of);
            }
        }
        return byCategory;
    }
}
