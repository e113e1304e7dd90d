package io.cockpit.application.testing.fakes;

import io.cockpit.application.paging.Page;
import io.cockpit.application.paging.PageRequest;
import io.cockpit.application.paging.Pages;
import io.cockpit.application.port.out.label.LabelRepository;
import io.cockpit.application.port.out.register.ExportedItem;
import io.cockpit.application.port.out.shared.StaleWriteException;
import io.cockpit.application.port.out.shared.UniquenessViolation.Rule;
import io.cockpit.domain.account.UserId;
import io.cockpit.domain.label.Label;
import io.cockpit.domain.label.LabelKind;
import io.cockpit.domain.shared.ItemId;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import static io.cockpit.application.testing.fakes.UniqueKey.unique;

public final class FakeLabelRepository implements LabelRepository {

    /** Whose labels of which kind: the row every add of that owner locks first, as label_count's. */
    private record Owner(UserId userId, LabelKind kind) {
    }

    private final FakeDatabase database;
    private final FakeTable<Label> labels;
    private final FakeTable<Owner> owners;

    public FakeLabelRepository(FakeDatabase database) {
        this.database = database;
        this.labels = database.table("label", Label::id, List.of(unique("uq_label_name", Rule.IDENTIFIER,
                label -> List.of(label.userId(), label.kind(), label.name().canonical()))));
        this.owners = database.table("label_count", owner -> owner, List.of());
    }

    @Override
    public boolean add(Label label, int limit) {
        return database.atomically(() -> {
            owners.lock(new Owner(label.userId(), label.kind()));
            if (count(label.userId(), label.kind()) >= limit) {
                return false;
            }
            labels.insert(stored(label, label.createdAt(), label.version()));
            return true;
        });
    }

    @Override
    public Optional<Label> find(UserId userId, LabelKind kind, ItemId id) {
        return labels.find(id).filter(label -> ownedBy(label, userId, kind));
    }

    @Override
    public Set<ItemId> lockExisting(UserId userId, LabelKind kind, Collection<ItemId> ids) {
        return ids.stream().filter(id -> find(userId, kind, id).isPresent()).collect(Collectors.toSet());
    }

    @Override
    public Page<Label> list(UserId userId, LabelKind kind, PageRequest page) {
        return Keyset.byTextAscending(labels.select(label -> ownedBy(label, userId, kind)), page,
                label -> label.name().canonical(), label -> label.id().value());
    }

    @Override
    public int count(UserId userId, LabelKind kind) {
        return labels.select(label -> ownedBy(label, userId, kind)).size();
    }

    @Override
    public Label update(Label changed) {
        labels.update(changed.id(), stored -> ownedBy(stored, changed.userId(), changed.kind())
                                && stored.version() == changed.version(),
                        stored -> stored(changed, stored.createdAt(), changed.version() + 1))
                .orElseThrow(() -> new StaleWriteException(changed.kind().codePrefix()));
        return new Label(changed.id(), changed.userId(), changed.kind(), changed.name(), changed.colour(),
                changed.priority(), changed.createdAt(), changed.updatedAt(), changed.version() + 1, changed.cadence());
    }

    @Override
    public boolean delete(UserId userId, LabelKind kind, ItemId id) {
        return labels.delete(id, label -> ownedBy(label, userId, kind)).isPresent();
    }

    private static boolean ownedBy(Label label, UserId userId, LabelKind kind) {
        return label.userId().equals(userId) && label.kind() == kind;
    }

    private static Label stored(Label label, Instant createdAt, long version) {
        return new Label(label.id(), label.userId(), label.kind(), label.name(), label.colour(), label.priority(),
                StoredTime.of(createdAt), StoredTime.of(label.updatedAt()), version, label.cadence());
    }

    @Override
    public void export(UserId user, Consumer<ExportedItem> sink) {
        for (LabelKind kind : LabelKind.values()) {
            Pages.forEach(Pages.EXPORT_PAGE, page -> list(user, kind, page),
                    label -> sink.accept(LabelRepository.exported(label)));
        }
    }

    @Override
    public int erase(UserId user, int limit) {
        return labels.deleteFirst(label -> label.userId().equals(user),
                Comparator.comparing(label -> label.id().value()), limit).size();
    }
}
