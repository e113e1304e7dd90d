package io.cockpit.domain.label;

/** Tags and categories: labels for contacts and conversations; categories also carry a priority. */
public enum LabelKind {
    TAG(500, false, "tag"),
    CATEGORY(50, true, "category");

    private final int maxPerUser;
    private final boolean prioritised;
    private final String codePrefix;

    LabelKind(int maxPerUser, boolean prioritised, String codePrefix) {
        this.maxPerUser = maxPerUser;
        this.prioritised = prioritised;
        this.codePrefix = codePrefix;
    }

    /** How many a user may have. */
    public int maxPerUser() {
        return maxPerUser;
    }

    public boolean prioritised() {
        return prioritised;
    }

    /** The word for this kind in codes and messages ({@code tag.not_found}, "No such tag."). */
    public String codePrefix() {
        return codePrefix;
    }
}
