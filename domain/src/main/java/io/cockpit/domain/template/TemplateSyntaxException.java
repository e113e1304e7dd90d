package io.cockpit.domain.template;

import io.cockpit.domain.shared.InvalidValueException;

/** A template body that cannot be used, and where (character offset from 0) the trouble starts. */
public final class TemplateSyntaxException extends InvalidValueException {

    private final int position;

    public TemplateSyntaxException(String rule, String message, int position) {
        super(rule, message + " at character " + position);
        this.position = position;
    }

    public int position() {
        return position;
    }
}
