package io.cockpit.application.service.label;

import io.cockpit.application.service.shared.VersionedChange;
import io.cockpit.application.paging.Page;
import io.cockpit.application.paging.PageRequest;
import io.cockpit.application.port.in.label.LabelsUseCase;
import io.cockpit.application.port.in.linkedin.LabelAssignmentsUseCase;
import io.cockpit.application.port.out.label.LabelRepository;
import io.cockpit.application.port.out.shared.Transactions;
import io.cockpit.application.port.out.shared.UniquenessViolation;
import io.cockpit.domain.account.UserId;
import io.cockpit.domain.label.Cadence;
import io.cockpit.domain.label.Colour;
import io.cockpit.domain.label.Label;
import io.cockpit.domain.label.LabelErrors;
import io.cockpit.domain.label.LabelKind;
import io.cockpit.domain.label.LabelName;
import io.cockpit.domain.label.Priority;
import io.cockpit.domain.shared.ItemId;
import io.cockpit.domain.shared.VersionCheck;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Tags and categories, at most {@link LabelKind#maxPerUser()} of each kind per user, also under concurrent adds; a
 * deleted one leaves the contacts and conversations it was on.
 */
public final class LabelService implements LabelsUseCase {

    private final LabelRepository repository;
    private final Transactions transactions;
    private final Clock clock;
    private final LabelAssignmentsUseCase assignments;

    /** @param assignments where labels are used (contacts, conversations), told when one is deleted */
    public LabelService(LabelRepository repository, Transactions transactions, Clock clock,
                        LabelAssignmentsUseCase assignments) {
        this.repository = repository;
        this.transactions = transactions;
        this.clock = clock;
        this.assignments = assignments;
    }

    @Override
    public Page<Label> list(UserId userId, LabelKind kind, PageRequest page) {
        return repository.list(userId, kind, page);
    }

    @Override
    public Label create(UserId userId, LabelKind kind, LabelName name, Colour colour, Optional<Priority> priority,
                        Cadence cadence) {
        Instant now = clock.instant();
        Label label = new Label(ItemId.random(), userId, kind, name, colour, priority, now, now, 1, cadence);
        boolean added;
        try {
            added = repository.add(label, kind.maxPerUser());
        } catch (UniquenessViolation taken) {
            throw LabelErrors.nameTaken(kind);
        }
        if (!added) {
            throw LabelErrors.limitReached(kind);
        }
        return label;
    }

    @Override
    public Label get(UserId userId, LabelKind kind, ItemId id) {
        return repository.find(userId, kind, id).orElseThrow(() -> LabelErrors.notFound(kind));
    }

    @Override
    public Label replace(UserId userId, LabelKind kind, ItemId id, VersionCheck expected, LabelName name,
                         Colour colour, Optional<Priority> priority, Cadence cadence) {
        try {
            return VersionedChange.run(expected, () -> transactions.inTransaction(() -> {
                Label current = get(userId, kind, id);
                expected.require(current.version());
                return repository.update(current.revise(name, colour, priority, cadence, clock.instant()));
            }));
        } catch (UniquenessViolation taken) {
            throw LabelErrors.nameTaken(kind);
        }
    }

    @Override
    public void delete(UserId userId, LabelKind kind, ItemId id) {
        transactions.inTransaction(() -> {
            if (!repository.delete(userId, kind, id)) {
                throw LabelErrors.notFound(kind);
            }
            assignments.labelDeleted(userId, id);
            return null;
        });
    }
}
