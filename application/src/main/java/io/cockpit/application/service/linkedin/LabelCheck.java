package io.cockpit.application.service.linkedin;

import io.cockpit.application.port.out.label.LabelRepository;
import io.cockpit.domain.account.UserId;
import io.cockpit.domain.label.LabelKind;
import io.cockpit.domain.linkedin.LabelIds;
import io.cockpit.domain.linkedin.LinkedInErrors;
import io.cockpit.domain.shared.ItemId;

import java.util.List;
import java.util.Optional;

/** Tags and categories put on contacts and conversations must be the user's own labels of that kind. */
final class LabelCheck {

    private final LabelRepository labels;

    LabelCheck(LabelRepository labels) {
        this.labels = labels;
    }

    /**
     * The labels after a merge patch: what is present replaces what {@code current} has.
     *
     * @throws io.cockpit.domain.shared.DomainException {@code label.unknown}, naming the first id that is not the
     *                                                  user's
     */
    LabelIds merged(UserId user, LabelIds current, Optional<List<ItemId>> tags, Optional<List<ItemId>> categories) {
        tags.ifPresent(ids -> require(user, LabelKind.TAG, ids, "tags"));
        categories.ifPresent(ids -> require(user, LabelKind.CATEGORY, ids, "categories"));
        return new LabelIds(tags.orElse(current.tags()), categories.orElse(current.categories()));
    }

    private void require(UserId user, LabelKind kind, List<ItemId> ids, String field) {
        for (int i = 0; i < ids.size(); i++) {
            if (labels.find(user, kind, ids.get(i)).isEmpty()) {
                throw LinkedInErrors.labelUnknown(kind, field + "/" + i);
            }
        }
    }
}
