package io.cockpit.domain.template;

import io.cockpit.domain.account.UserId;
import io.cockpit.domain.shared.ItemId;

import java.time.Instant;
import java.util.Objects;

/** A message template of one user. {@code version} is the stored revision (its ETag). */
public record MessageTemplate(ItemId id, UserId userId, TemplateName name, TemplateBody body, Instant createdAt,
                              Instant updatedAt, long version) {

    /** How many templates a user may have: enough for every situation, few enough to pick from. */
    public static final int MAX_PER_USER = 200;

    public MessageTemplate {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    public MessageTemplate revise(TemplateName newName, TemplateBody newBody, Instant now) {
        return new MessageTemplate(id, userId, newName, newBody, createdAt, now, version);
    }
}
