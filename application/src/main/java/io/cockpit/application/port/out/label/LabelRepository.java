package io.cockpit.application.port.out.label;

import io.cockpit.application.paging.Page;
import io.cockpit.application.paging.PageRequest;
import io.cockpit.application.port.out.register.ExportedItem;
import io.cockpit.application.port.out.register.PersonalDataStore;
import io.cockpit.application.port.out.shared.StaleWriteException;
import io.cockpit.application.port.out.shared.UniquenessViolation;
import io.cockpit.domain.account.UserId;
import io.cockpit.domain.label.Label;
import io.cockpit.domain.label.LabelKind;
import io.cockpit.domain.label.LabelPersonalData;
import io.cockpit.domain.label.Priority;
import io.cockpit.domain.shared.ItemId;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;

/**
 * Tags and categories, always scoped by the owner's User-ID and the kind. Export: {@code labelId, kind} ({@code tag}
 * or {@code category}), {@code name, colour, priority, createdAt, updatedAt}: the tags, then the categories, each by
 * name. Erasure deletes both kinds.
 */
public interface LabelRepository extends PersonalDataStore {

    @Override
    default String category() {
        return LabelPersonalData.LABELS.id();
    }

    /** A tag or category as the export shows it. */
    static ExportedItem exported(Label label) {
        return ExportedItem.builder()
                .field("labelId", label.id().value())
                .field("kind", label.kind().codePrefix())
                .field("name", label.name().value())
                .field("colour", label.colour().hex())
                .field("priority", label.priority().map(Priority::value).orElse(null))
                .field("followUpAfterDays", label.cadence().followUpAfterDays().orElse(null))
                .field("maxFollowUps", label.cadence().maxFollowUps().orElse(null))
                .field("keepInTouchDays", label.cadence().keepInTouchDays().orElse(null))
                .field("createdAt", label.createdAt())
                .field("updatedAt", label.updatedAt())
                .build();
    }

    /**
     * Adds the label unless its owner has {@code limit} labels of its kind already. The limit holds under concurrent
     * adds: of two adds racing at {@code limit - 1}, one is stored.
     *
     * @return false, having added nothing, when the owner is at the limit
     * @throws UniquenessViolation if the owner has a label of this kind with this name (any case)
     */
    boolean add(Label label, int limit);

    Optional<Label> find(UserId userId, LabelKind kind, ItemId id);

    /**
     * Which of {@code ids} are the user's labels of this kind, locked until the current transaction ends: a delete of
     * one of them at once waits for it, or ran first and the label is not among the answer. Call inside a
     * transaction.
     */
    Set<ItemId> lockExisting(UserId userId, LabelKind kind, Collection<ItemId> ids);

    /** The user's labels of one kind, by name. */
    Page<Label> list(UserId userId, LabelKind kind, PageRequest page);

    int count(UserId userId, LabelKind kind);

    /**
     * @return the label as stored, with the next version
     * @throws StaleWriteException if the stored version is not {@code changed.version()}
     * @throws UniquenessViolation if the new name is taken
     */
    Label update(Label changed);

    boolean delete(UserId userId, LabelKind kind, ItemId id);
}
