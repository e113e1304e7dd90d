package io.cockpit.domain.access;

import io.cockpit.domain.register.DataSubject;
import io.cockpit.domain.register.DeletionMethod;
import io.cockpit.domain.register.Holding;
import io.cockpit.domain.register.LegalBasis;
import io.cockpit.domain.register.Localized;
import io.cockpit.domain.register.PersonalDataCategory;
import io.cockpit.domain.register.RetentionEvent;
import io.cockpit.domain.register.RetentionRule;
import io.cockpit.domain.register.StoreKind;

import java.time.Period;
import java.util.List;
import java.util.Set;

/** The access capability's entries in the register of personal data. */
public final class AccessPersonalData {

    private static final Localized SECURE_SIGN_IN = new Localized(
            "sichere Anmeldung und Schutz des Kontos", "secure sign-in and protection of the account");
    private static final Localized FROM_THE_USER = new Localized("vom Nutzer", "from the user");

    public static final PersonalDataCategory CREDENTIALS = new PersonalDataCategory("credentials",
            new Localized("Passwort (nur als Argon2id-Hash)", "password (as an Argon2id hash only)"),
            DataSubject.USER,
            List.of(Holding.table("credential")),
            SECURE_SIGN_IN, LegalBasis.CONTRACT, FROM_THE_USER, List.of(),
            new RetentionRule.WhileAccountExists(), DeletionMethod.DELETE,
            Set.of("password_hash"));

    public static final PersonalDataCategory ONE_TIME_TOKENS = new PersonalDataCategory("one_time_tokens",
            new Localized("Aktivierungs- und Passwort-Links (nur als Hash)",
                    "activation and password-reset links (as hashes only)"),
            DataSubject.USER,
            List.of(Holding.table("activation_token"), Holding.table("password_reset_token")),
            SECURE_SIGN_IN, LegalBasis.CONTRACT,
            new Localized("bei Kontoeröffnung oder auf Anfrage erzeugt", "generated at provisioning or on request"),
            List.of(new Localized("der Nutzer per E-Mail (der Link selbst)", "the user by e-mail (the link itself)")),
            new RetentionRule.AfterEvent(Period.ZERO, RetentionEvent.EXPIRED), DeletionMethod.DELETE,
            Set.of("token_hash"));

    public static final PersonalDataCategory SESSIONS = new PersonalDataCategory("sessions",
            new Localized("Sitzungen und Geräte", "sessions and devices"),
            DataSubject.USER,
            List.of(Holding.table("session"), Holding.cacheKeys("cockpit:session:*"),
                    Holding.cacheKeys("cockpit:session-list:*"), Holding.cacheKeys("cockpit:session-revision:*"),
                    Holding.cacheKeys("cockpit:session-user:*"), Holding.cacheKeys("cockpit:session-ended:*")),
            SECURE_SIGN_IN, LegalBasis.CONTRACT,
            new Localized("bei der Anmeldung (grobe Gerätebezeichnung aus dem User-Agent)",
                    "at sign-in (a coarse device label from the user agent)"),
            List.of(),
            new RetentionRule.AfterEvent(Period.ZERO, RetentionEvent.EXPIRED), DeletionMethod.DELETE,
            Set.of("token_hash", "device"));

    public static final PersonalDataCategory KNOWN_SIGN_IN_ADDRESSES = new PersonalDataCategory(
            "known_sign_in_addresses",
            new Localized("Bekannte Anmeldeadressen (nur als Schlüssel-Hash)",
                    "known sign-in addresses (as keyed hashes only)"),
            DataSubject.USER,
            List.of(Holding.table("known_sign_in_address")),
            new Localized("Schutz vor Passwort-Raten: von bekannten Adressen wird ein Konto nicht gesperrt",
                    "protection against password guessing: an account is not locked for addresses it used before"),
            LegalBasis.LEGITIMATE_INTEREST,
            new Localized("bei erfolgreicher Anmeldung", "at a successful sign-in"),
            List.of(),
            new RetentionRule.AfterEvent(Period.ofDays(90), RetentionEvent.LAST_USED), DeletionMethod.DELETE,
            Set.of("address_hash"));

    public static final PersonalDataCategory API_KEYS = new PersonalDataCategory("api_keys",
            new Localized("API-Schlüssel des Vertriebspartners und des Betreibers (Name, nur Hash des Schlüssels)",
                    "API keys of the sales partner and the operator (name, the key as a hash only)"),
            DataSubject.OPERATOR_STAFF,
            List.of(Holding.table("api_key")),
            new Localized("Zugang des Partners und der Datenschutz-Mitarbeiter; Audit unter dem Namen des Schlüssels",
                    "access of the partner and the privacy staff; auditing under the key's name"),
            LegalBasis.LEGITIMATE_INTEREST,
            new Localized("vom Betreiber angelegt", "created by the operator"),
            List.of(),
            new RetentionRule.WhileAccountExists(), DeletionMethod.DELETE,
            Set.of("name", "key_hash"));

    /**
     * The e-mails the product sends to users (activation, password reset, erasure confirmation): handed to the mail
     * provider, or in the embedded mode written to the data directory's outbox. The website's acknowledgements to
     * visitors and applicants are categories of their own ({@code WebsitePersonalData}).
     */
    public static final PersonalDataCategory OUTGOING_MAIL = new PersonalDataCategory("outgoing_mail",
            new Localized("Ausgehende E-Mails (Empfänger, Betreff, Text)", "outgoing e-mails (recipient, subject, text)"),
            DataSubject.USER,
            List.of(new Holding(StoreKind.MAIL, "SMTP"), new Holding(StoreKind.FILES, "<data dir>/outbox/*.eml")),
            new Localized("Links und Bestätigungen, die der Nutzer angefordert hat, per E-Mail zustellen",
                    "delivering the links and confirmations the user asked for by e-mail"),
            LegalBasis.CONTRACT,
            new Localized("vom System erzeugt", "generated by the system"),
            List.of(new Localized("der E-Mail-Anbieter des Betreibers", "the operator's e-mail provider")),
            new RetentionRule.AfterEvent(Period.ofDays(30), RetentionEvent.CREATED), DeletionMethod.DELETE_FILES,
            Set.of());

    private AccessPersonalData() {
    }

    public static List<PersonalDataCategory> categories() {
        return List.of(CREDENTIALS, ONE_TIME_TOKENS, SESSIONS, KNOWN_SIGN_IN_ADDRESSES, API_KEYS, OUTGOING_MAIL);
    }
}
