package io.cockpit.domain.audit;

import io.cockpit.domain.register.DataSubject;
import io.cockpit.domain.register.DeletionMethod;
import io.cockpit.domain.register.Holding;
import io.cockpit.domain.register.LegalBasis;
import io.cockpit.domain.register.Localized;
import io.cockpit.domain.register.PersonalDataCategory;
import io.cockpit.domain.register.RetentionEvent;
import io.cockpit.domain.register.RetentionRule;

import java.time.Period;
import java.util.List;
import java.util.Set;

/** The audit log's entry in the register: who of the operator's staff did what, with ids only. */
public final class AuditPersonalData {

    public static final PersonalDataCategory AUDIT_LOG = new PersonalDataCategory("audit_log",
            new Localized("Protokoll der Betreiber-Aktionen (Schlüsselname, Aktion, Kennungen)",
                    "log of the operator's actions (key name, action, identifiers)"),
            DataSubject.OPERATOR_STAFF,
            List.of(Holding.table("audit_event")),
            new Localized("Nachweis, wer wann welche Datenschutz- oder Sicherheitsaktion ausgeführt hat (Art. 5 Abs. 2 DSGVO)",
                    "proof of who carried out which privacy or security action when (Art. 5(2) GDPR)"),
            LegalBasis.LEGAL_OBLIGATION,
            new Localized("bei jeder Betreiber-Aktion", "at every operator action"),
            List.of(),
            new RetentionRule.AfterEvent(Period.ofYears(3), RetentionEvent.RECORDED), DeletionMethod.PSEUDONYMISE,
            Set.of("actor", "target"));

    private AuditPersonalData() {
    }

    public static List<PersonalDataCategory> categories() {
        return List.of(AUDIT_LOG);
    }
}
