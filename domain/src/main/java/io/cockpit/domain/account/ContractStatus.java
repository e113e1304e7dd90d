package io.cockpit.domain.account;

import io.cockpit.domain.shared.InvalidValueException;

import java.util.Arrays;

/** The state of the user's contract with the partner; it decides whether the user has access. */
public enum ContractStatus {
    ACTIVE("active"),
    /** Access continues; the user sees a notice about arrears. */
    PAYMENT_OVERDUE("payment_overdue"),
    /** Archived: no access, data kept for the archive period, then deleted. */
    CANCELLED("cancelled");

    private final String wireName;

    ContractStatus(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public boolean grantsAccess() {
        return this != CANCELLED;
    }

    public static ContractStatus fromWireName(String wireName) {
        return Arrays.stream(values())
                .filter(status -> status.wireName.equals(wireName))
                .findFirst()
                .orElseThrow(() -> new InvalidValueException("contract_status.invalid",
                        "must be one of active, payment_overdue, cancelled"));
    }
}
