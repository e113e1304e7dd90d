package io.cockpit.application.testing.fakes;

import io.cockpit.domain.account.UserId;
import io.cockpit.domain.label.LabelKind;
import io.cockpit.domain.linkedin.LabelIds;
import io.cockpit.domain.shared.ItemId;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A join table of tags and categories on contacts or conversations, as the SQL adapters keep it. */
final class FakeLabelAssignments {

    record Assignment(UserId user, ItemId label, ItemId owner, LabelKind kind) {
        List<Object> key() {
            return List.of(user, label, owner);
        }
    }

    private final FakeTable<Assignment> rows;

    FakeLabelAssignments(FakeDatabase database, String table) {
        this.rows = database.table(table, Assignment::key, List.of());
    }

    Map<ItemId, LabelIds> of(UserId user, Collection<ItemId> owners) {
        Set<ItemId> wanted = new HashSet<>(owners);
        Map<ItemId, LabelIds> labels = new HashMap<>();
        for (Assignment a : rows.select(a -> a.user().equals(user) && wanted.contains(a.owner()))) {
            LabelIds current = labels.getOrDefault(a.owner(), LabelIds.NONE);
            labels.put(a.owner(), a.kind() == LabelKind.TAG
                    ? new LabelIds(concat(current.tags(), a.label()), current.categories())
                    : new LabelIds(current.tags(), concat(current.categories(), a.label())));
        }
        return labels;
    }

    LabelIds of(UserId user, ItemId owner) {
        return of(user, List.of(owner)).getOrDefault(owner, LabelIds.NONE);
    }

    void set(UserId user, ItemId owner, LabelIds labels) {
        removeOwner(user, owner);
        labels.tags().forEach(tag -> rows.insert(new Assignment(user, tag, owner, LabelKind.TAG)));
        labels.categories().forEach(category -> rows.insert(new Assignment(user, category, owner, LabelKind.CATEGORY)));
    }

    void remove(UserId user, ItemId label) {
        rows.deleteWhere(a -> a.user().equals(user) && a.label().equals(label));
    }

    void removeOwner(UserId user, ItemId owner) {
        rows.deleteWhere(a -> a.user().equals(user) && a.owner().equals(owner));
    }

    int removeAll(UserId user) {
        return rows.deleteWhere(a -> a.user().equals(user)).size();
    }

    private static List<ItemId> concat(List<ItemId> ids, ItemId more) {
        return java.util.stream.Stream.concat(ids.stream(), java.util.stream.Stream.of(more)).toList();
    }
}
