package io.cockpit.domain.statistics;

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

/** The statistics capability's entry in the register of personal data (privacy policy 5.7). */
public final class StatisticsPersonalData {

    /** How long points are kept: the InfluxDB retention policy, and the retention job for the embedded table. */
    public static final Period RETENTION = Period.ofDays(365);

    public static final PersonalDataCategory STATISTICS = new PersonalDataCategory("statistics",
            new Localized("Statistik der Vertriebsaktionen (nur Statistik-ID, Aktion oder Tätigkeit, Minute)",
                    "statistics of social-selling actions (Statistics-ID, action or activity and minute only)"),
            DataSubject.USER,
            List.of(new Holding(StoreKind.STATISTICS, "actions"), new Holding(StoreKind.STATISTICS, "activities"),
                    Holding.table("statistics_chunk"), Holding.table("statistics_point"),
                    Holding.table("statistics_outbox"), Holding.table("statistics_rollup_day"),
                    Holding.table("statistics_rollup_marker")),
            new Localized("dem Nutzer seine Aktionen pro Tag und die Zeit pro Tätigkeit zeigen, gemessen an seinen "
                    + "Tageszielen", "showing the user their actions per day and time per activity, against their "
                    + "daily goals"),
            LegalBasis.CONSENT,
            new Localized("vom Gerät des Nutzers gemeldet, solange er eingewilligt hat",
                    "reported by the user's device while the user consents"),
            List.of(),
            new RetentionRule.AfterEvent(RETENTION, RetentionEvent.RECORDED), DeletionMethod.UNLINK,
            Set.of("statistics_id"));

    private StatisticsPersonalData() {
    }

    public static List<PersonalDataCategory> categories() {
        return List.of(STATISTICS);
    }
}
