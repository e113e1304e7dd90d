package io.cockpit.domain.account;

import io.cockpit.domain.shared.Language;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Something the user must know about the account, with a machine code and a text in the user's language. */
public record Notice(String code, String text) {

    public Notice {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(text, "text");
    }

    /** The notices an account shows its user now. */
    public static List<Notice> of(Account account, Language language) {
        List<Notice> notices = new ArrayList<>();
        if (account.contract().status() == ContractStatus.PAYMENT_OVERDUE) {
            notices.add(new Notice("contract.payment_overdue", language == Language.DE
                    ? "Ihre Zahlung ist überfällig. Bitte begleichen Sie die offene Rechnung, damit Ihr Zugang bleibt."
                    : "Your payment is overdue. Please settle the open invoice to keep your access."));
        }
        return List.copyOf(notices);
    }
}
