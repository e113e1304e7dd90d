package io.cockpit.application.service.linkedin;

import io.cockpit.application.port.out.label.LabelRepository;
import io.cockpit.domain.account.UserId;
import io.cockpit.domain.label.LabelKind;
import io.cockpit.domain.linkedin.LabelIds;
import io.cockpit.domain.linkedin.LinkedInErrors;
import io.cockpit.domain.shared.ItemId;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Tags and categories put on contacts and conversations must be the user's own labels of that kind. */
final class LabelCheck {

    private final LabelRepository labels;

    LabelCheck(LabelRepository labels) {
        this.labels = labels;
    }

    /**
     * The labels after a merge patch: what is present replaces what {@code current} has. Every label of the answer is
     * locked until the transaction ends, so that a label deleted at once is either deleted with its assignments
     * after this write or is not in the answer: one of {@code current}'s that was deleted meanwhile is left out.
     *
     * @throws io.cockpit.domain.shared.DomainException {@code label.unknown}, naming the first id of the patch that
     *                                                  is not the user's
     */
    LabelIds merged(UserId user, LabelIds current, Optional<List<ItemId>> tags, Optional<List<ItemId>> categories) {
        return new LabelIds(kept(user, LabelKind.TAG, current.tags(), tags, "tags"),
                kept(user, LabelKind.CATEGORY, current.categories(), categories, "categories"));
    }

    private List<ItemId> kept(UserId user, LabelKind kind, List<ItemId> current, Optional<List<ItemId>> patched,
                              String field) {
        List<ItemId> wanted = patched.orElse(current);
        Set<ItemId> existing = labels.lockExisting(user, kind, wanted);
        if (patched.isEmpty()) {
            return wanted.stream().filter(existing::contains).toList();
        }
        for (int i = 0; i < wanted.size(); i++) {
            if (!existing.contains(wanted.get(i))) {
                throw LinkedInErrors.labelUnknown(kind, field + "/" + i);
            }
        }
        return wanted;
    }
}
