package io.cockpit.domain.linkedin;

import io.cockpit.domain.shared.InvalidValueException;
import io.cockpit.domain.shared.ItemId;

import java.util.Comparator;
import java.util.List;

/** The tags and categories (ids of the user's labels) on a contact or a conversation: no repeats, in id order. */
public record LabelIds(List<ItemId> tags, List<ItemId> categories) {

    public static final int MAX_TAGS = 50;
    public static final int MAX_CATEGORIES = 10;
    public static final LabelIds NONE = new LabelIds(List.of(), List.of());

    public LabelIds {
        tags = tags.stream().distinct().sorted(Comparator.comparing(ItemId::value)).toList();
        categories = categories.stream().distinct().sorted(Comparator.comparing(ItemId::value)).toList();
        if (tags.size() > MAX_TAGS || categories.size() > MAX_CATEGORIES) {
            throw new InvalidValueException("labels.too_many", "at most " + MAX_TAGS + " tags and " + MAX_CATEGORIES
                    + " categories");
        }
    }
}
