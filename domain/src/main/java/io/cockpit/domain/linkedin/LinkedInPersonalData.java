package io.cockpit.domain.linkedin;

import io.cockpit.domain.register.DataSubject;
import io.cockpit.domain.register.DeletionMethod;
import io.cockpit.domain.register.Holding;
import io.cockpit.domain.register.LegalBasis;
import io.cockpit.domain.register.Localized;
import io.cockpit.domain.register.PersonalDataCategory;
import io.cockpit.domain.register.RetentionRule;

import java.util.List;
import java.util.Set;

/**
 * The LinkedIn capability's entries in the register of personal data (privacy policy 5.5): the user's own profile,
 * the contacts, the conversations and the messages, and what keeps deleted contacts deleted. All come from the user's
 * LinkedIn account through the Cockpit client, serve fast search and filtering of chats and deciding whom to write
 * next, and are kept while the account exists.
 */
public final class LinkedInPersonalData {

    private static final Localized PURPOSE = new Localized(
            "schnelle Suche und Filterung der Chats; Entscheidung, welchen Kontakt der Nutzer als Nächstes anschreibt "
                    + "(z. B. ob ein Kontakt schon angeschrieben wurde)",
            "fast search and filtering of chats; deciding which contact the user writes to next (e.g. whether a "
                    + "contact was already written to)");
    private static final Localized SOURCE = new Localized(
            "aus dem LinkedIn-Konto des Nutzers, übertragen vom Cockpit-Client",
            "the user's LinkedIn account, sent by the Cockpit client");

    public static final PersonalDataCategory LINKEDIN_PROFILE = new PersonalDataCategory("linkedin_profile",
            new Localized("eigenes LinkedIn-Profil und Stand der Synchronisation",
                    "the user's own LinkedIn profile and where the sync stands"),
            DataSubject.USER,
            List.of(Holding.table("linkedin_profile"), Holding.table("linkedin_sync_state")),
            PURPOSE, LegalBasis.CONTRACT, SOURCE, List.of(),
            new RetentionRule.WhileAccountExists(), DeletionMethod.DELETE,
            Set.of("profile_urn", "first_name", "last_name", "headline", "job_position", "company", "location",
                    "profile_url"));

    public static final PersonalDataCategory LINKEDIN_CONTACTS = new PersonalDataCategory("linkedin_contacts",
            new Localized("LinkedIn-Kontakte (Name, Überschrift, Unternehmen, Position, Ort, Profil-URL, "
                    + "Vernetzungsdatum) mit Notiz, Tags und Kategorien des Nutzers",
                    "LinkedIn contacts (name, headline, company, position, location, profile URL, connection date) "
                            + "with the user's note, tags and categories"),
            DataSubject.USERS_CONTACTS,
            List.of(Holding.table("linkedin_contact"), Holding.table("linkedin_contact_label"),
                    Holding.table("linkedin_contact_token")),
            PURPOSE, LegalBasis.CONTRACT, SOURCE, List.of(),
            new RetentionRule.WhileAccountExists(), DeletionMethod.DELETE,
            Set.of("profile_urn", "first_name", "last_name", "name_sort", "headline", "company", "company_fold",
                    "job_position", "job_position_fold", "location", "location_fold", "profile_url", "profile_path",
                    "note", "search_text", "search_tokens", "search_name", "token"));

    public static final PersonalDataCategory LINKEDIN_CONVERSATIONS = new PersonalDataCategory(
            "linkedin_conversations",
            new Localized("LinkedIn-Unterhaltungen (Teilnehmer, Titel) mit Tags und Kategorien des Nutzers",
                    "LinkedIn conversations (participants, title) with the user's tags and categories"),
            DataSubject.USERS_CONTACTS,
            List.of(Holding.table("linkedin_conversation"), Holding.table("linkedin_participant"),
                    Holding.table("linkedin_conversation_label"), Holding.table("linkedin_conversation_token")),
            PURPOSE, LegalBasis.CONTRACT, SOURCE, List.of(),
            new RetentionRule.WhileAccountExists(), DeletionMethod.DELETE,
            Set.of("conversation_urn", "title", "profile_urn", "search_text", "search_tokens", "token"));

    public static final PersonalDataCategory LINKEDIN_MESSAGES = new PersonalDataCategory("linkedin_messages",
            new Localized("LinkedIn-Nachrichten (Text, Absender, Zeitpunkt, Reaktionen, Metadaten der Anhänge)",
                    "LinkedIn messages (text, sender, time, reactions, attachments' metadata)"),
            DataSubject.USERS_CONTACTS,
            List.of(Holding.table("linkedin_message"), Holding.table("linkedin_message_token")),
            PURPOSE, LegalBasis.CONTRACT, SOURCE, List.of(),
            new RetentionRule.WhileAccountExists(), DeletionMethod.DELETE,
            Set.of("message_urn", "sender_urn", "body", "reactions", "attachments", "search_text",
                    "search_tokens", "token"));

    public static final PersonalDataCategory LINKEDIN_SUPPRESSIONS = new PersonalDataCategory(
            "linkedin_suppressions",
            new Localized("gelöschte Kontakte und Einträge (Schlüssel-Hash der LinkedIn-Kennung, maskierte Profil-URL)",
                    "deleted contacts and items (keyed hash of the LinkedIn identifier, masked profile URL)"),
            DataSubject.USERS_CONTACTS,
            List.of(Holding.table("linkedin_suppression"), Holding.table("linkedin_tombstone")),
            new Localized("gelöschte Kontakte und Einträge bleiben gelöscht, auch wenn der Client sie erneut sendet",
                    "deleted contacts and items stay deleted when the client sends them again"),
            LegalBasis.CONTRACT,
            new Localized("vom Nutzer (Löschen eines Kontakts) und vom Cockpit-Client (Löschmarken)",
                    "the user (deleting a contact) and the Cockpit client (deletion markers)"),
            List.of(),
            new RetentionRule.WhileAccountExists(), DeletionMethod.DELETE,
            Set.of("urn_hash", "masked_url"));

    private LinkedInPersonalData() {
    }

    public static List<PersonalDataCategory> categories() {
        return List.of(LINKEDIN_PROFILE, LINKEDIN_CONTACTS, LINKEDIN_CONVERSATIONS, LINKEDIN_MESSAGES,
                LINKEDIN_SUPPRESSIONS);
    }
}
