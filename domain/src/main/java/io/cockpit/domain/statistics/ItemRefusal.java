package io.cockpit.domain.statistics;

/** Why one item of an intake batch was not recorded (the others are); a field-level code, not a problem code. */
public enum ItemRefusal {
    /** It happened more than 365 days ago: past the retention, it would be deleted at once. */
    TOO_OLD("statistics.too_old"),
    /** It lies more than 5 minutes ahead of the server's clock. */
    IN_THE_FUTURE("statistics.in_the_future"),
    /** An interval that ends before it starts. */
    ENDS_BEFORE_START("statistics.ends_before_start");

    private final String code;

    ItemRefusal(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
