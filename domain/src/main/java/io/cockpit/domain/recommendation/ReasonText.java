package io.cockpit.domain.recommendation;

import io.cockpit.domain.shared.Language;

/** The sentence that tells the user why a contact is suggested, in their language. */
public final class ReasonText {

    private ReasonText() {
    }

    public static String of(Finding f, Language language) {
        boolean de = language == Language.DE;
        long n = f.amount();
        return switch (f.reason()) {
            case REPLY_DUE -> de ? "Hat Ihnen zuletzt geschrieben und wartet seit " + n + (n == 1 ? " Stunde" : " Stunden")
                    + " auf Antwort."
                    : "Wrote to you last and has waited " + n + (n == 1 ? " hour" : " hours") + " for an answer.";
            case FOLLOW_UP_DUE -> de ? "Keine Antwort seit " + days(n, true) + ": Nachfass " + f.followUp() + " von "
                    + f.limit() + "."
                    : "No answer for " + days(n, false) + ": follow-up " + f.followUp() + " of " + f.limit() + ".";
            case NEW_CONNECTION -> de ? (n == 0 ? "Heute" : "Vor " + days(n, true)) + " vernetzt, noch nie angeschrieben."
                    : "Connected " + (n == 0 ? "today" : days(n, false) + " ago") + ", never written to.";
            case KEEP_IN_TOUCH -> de ? "Letzter Austausch vor " + days(n, true) + " (Rhythmus: alle " + f.limit()
                    + " Tage)."
                    : "Last exchange " + days(n, false) + " ago (cadence: every " + f.limit() + " days).";
            case NEVER_WRITTEN -> de ? "Noch nie angeschrieben, Kategorie mit Priorität " + n + "."
                    : "Never written to, in a category with priority " + n + ".";
        };
    }

    private static String days(long n, boolean german) {
        if (german) {
            return n + (n == 1 ? " Tag" : " Tagen");
        }
        return n + (n == 1 ? " day" : " days");
    }
}
