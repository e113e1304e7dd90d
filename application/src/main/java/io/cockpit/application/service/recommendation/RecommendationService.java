package io.cockpit.application.service.recommendation;

import io.cockpit.application.paging.PageRequest;
import io.cockpit.application.port.in.privacy.ProcessingPermissionsQuery;
import io.cockpit.application.port.in.recommendation.NextContactsQuery;
import io.cockpit.application.port.in.recommendation.RecommendationFeedbackUseCase;
import io.cockpit.application.port.in.recommendation.TodayQuery;
import io.cockpit.application.port.in.settings.SettingsUseCase;
import io.cockpit.application.port.out.label.LabelRepository;
import io.cockpit.application.port.out.linkedin.ContactRepository;
import io.cockpit.application.port.out.recommendation.CandidateSource;
import io.cockpit.application.port.out.recommendation.CandidateSource.ContactFacts;
import io.cockpit.application.port.out.recommendation.RecommendationFeedback;
import io.cockpit.application.port.out.template.TemplateRepository;
import io.cockpit.domain.account.UserId;
import io.cockpit.domain.label.Cadence;
import io.cockpit.domain.label.Label;
import io.cockpit.domain.label.LabelKind;
import io.cockpit.domain.label.Priority;
import io.cockpit.domain.linkedin.LinkedInErrors;
import io.cockpit.domain.recommendation.Candidate;
import io.cockpit.domain.recommendation.ContactSummary;
import io.cockpit.domain.recommendation.Dismissal;
import io.cockpit.domain.shared.LocalDay;
import io.cockpit.domain.recommendation.Ranking;
import io.cockpit.domain.recommendation.Reason;
import io.cockpit.domain.recommendation.Recommendation;
import io.cockpit.domain.recommendation.RecommendationErrors;
import io.cockpit.domain.recommendation.Snooze;
import io.cockpit.domain.settings.TodayProgress;
import io.cockpit.domain.settings.UserSettings;
import io.cockpit.domain.shared.ItemId;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * "Who to write next" and today's progress. Reads the LinkedIn data through {@link CandidateSource}, the categories'
 * priorities and cadences through the label port, the settings (zone, language, goals, default templates) through
 * the settings use case; asks {@link ProcessingPermissionsQuery} before computing anything. Today's progress adds
 * the statistics' recorded actions of the day while the user consents to statistics.
 */
public final class RecommendationService implements NextContactsQuery, RecommendationFeedbackUseCase, TodayQuery {

    private final CandidateSource source;
    private final RecommendationFeedback feedback;
    private final LabelRepository labels;
    private final ContactRepository contacts;
    private final TemplateRepository templates;
    private final SettingsUseCase settings;
    private final ProcessingPermissionsQuery permissions;
    private final io.cockpit.application.port.in.statistics.TodayQuery recorded;
    private final Clock clock;

    public RecommendationService(CandidateSource source, RecommendationFeedback feedback, LabelRepository labels,
                                 ContactRepository contacts, TemplateRepository templates, SettingsUseCase settings,
                                 ProcessingPermissionsQuery permissions,
                                 io.cockpit.application.port.in.statistics.TodayQuery recorded, Clock clock) {
        this.source = source;
        this.feedback = feedback;
        this.labels = labels;
        this.contacts = contacts;
        this.templates = templates;
        this.settings = settings;
        this.permissions = permissions;
        this.recorded = recorded;
        this.clock = clock;
    }

    @Override
    public NextContacts nextContacts(UserId user, int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1-" + MAX_LIMIT);
        }
        RecommendationErrors.refusal(permissions.permissions(user)).ifPresent(refusal -> {
            throw refusal;
        });
        UserSettings mine = settings.settings(user).value();
        Instant now = clock.instant();
        Map<ItemId, Label> categories = categories(user);
        List<ContactFacts> facts = source.facts(user);
        Ranking.Context context = new Ranking.Context(now, mine.timeZone().zone(), feedback.snoozedUntil(user, now),
                feedback.dismissals(user));
        List<Recommendation> ranked = rankReadingFollowUpsOfTheTopOnly(user, facts, categories, context, limit);
        Map<ItemId, ContactSummary> shown = source.summaries(user,
                ranked.stream().map(r -> r.candidate().contactId()).toList());
        Map<ItemId, Boolean> templateExists = new HashMap<>();
        List<NextContact> items = new ArrayList<>();
        for (Recommendation r : ranked) {
            ContactSummary summary = shown.get(r.candidate().contactId());
            if (summary == null) {
                continue; // erased between the two reads
            }
            Optional<ItemId> template = mine.defaultTemplates().templateFor(r.reasons().getFirst().reason())
                    .filter(id -> templateExists.computeIfAbsent(id, t -> templates.find(user, t).isPresent()));
            items.add(new NextContact(r, summary, template));
        }
        return new NextContacts(mine.language(), items);
    }

    /** Follow-ups are counted for the contacts that reach the top only (they need the messages). */
    private List<Recommendation> rankReadingFollowUpsOfTheTopOnly(UserId user, List<ContactFacts> facts,
                                                                  Map<ItemId, Label> categories,
                                                                  Ranking.Context context, int limit) {
        List<Candidate> withoutFollowUps = facts.stream().map(f -> candidate(f, categories, 0)).toList();
        return Ranking.rankReadingFollowUpsOfTheTop(withoutFollowUps, contacts -> {
            Map<ItemId, Integer> followUps = new HashMap<>();
            source.unansweredSent(user, contacts).forEach((id, sent) -> followUps.put(id, Math.max(0, sent - 1)));
            return followUps;
        }, context, limit);
    }

    /** The user's categories by id (at most 50). */
    private Map<ItemId, Label> categories(UserId user) {
        Map<ItemId, Label> byId = new HashMap<>();
        labels.list(user, LabelKind.CATEGORY, PageRequest.first(LabelKind.CATEGORY.maxPerUser()))
                .items().forEach(label -> byId.put(label.id(), label));
        return byId;
    }

    /** The contact's category is the one with the highest priority (ties: the lowest id). */
    static Candidate candidate(ContactFacts facts, Map<ItemId, Label> categories, int unansweredSent) {
        Optional<Label> category = facts.categories().stream()
                .map(categories::get)
                .filter(java.util.Objects::nonNull)
                .min(Comparator.comparingInt((Label l) -> -l.priority().map(Priority::value).orElse(0))
                        .thenComparing(l -> l.id().value()));
        int priority = category.flatMap(Label::priority).map(Priority::value).orElse(0);
        Cadence cadence = category.map(Label::cadence).orElse(Cadence.DEFAULT);
        return new Candidate(facts.contactId(), facts.doNotContact(), facts.connectedAt(), facts.activity(),
                Math.max(0, unansweredSent - 1), priority, cadence);
    }

    @Override
    public Snooze snooze(UserId user, ItemId contact, Instant until) {
        requireContact(user, contact);
        Snooze snooze = Snooze.asked(user, contact, until, clock.instant());
        feedback.snooze(snooze);
        return snooze;
    }

    @Override
    public void unsnooze(UserId user, ItemId contact) {
        requireContact(user, contact);
        feedback.unsnooze(user, contact);
    }

    @Override
    public Dismissal dismiss(UserId user, ItemId contact, Reason reason) {
        requireContact(user, contact);
        Dismissal dismissal = new Dismissal(user, contact, reason, clock.instant());
        feedback.dismiss(dismissal);
        return dismissal;
    }

    private void requireContact(UserId user, ItemId contact) {
        if (contacts.find(user, contact).isEmpty()) {
            throw LinkedInErrors.contactNotFound();
        }
    }

    @Override
    public TodayProgress today(UserId user) {
        UserSettings mine = settings.settings(user).value();
        LocalDay day = LocalDay.of(clock.instant(), mine.timeZone().zone());
        int sent = source.messagesSent(user, day.start(), day.end());
        int followUps = source.followUpsSent(user, day.start(), day.end());
        if (!permissions.permissions(user).mayRecordStatistics()) {
            return TodayProgress.of(day, sent, followUps, mine.dailyGoals());
        }
        return TodayProgress.of(day, sent, followUps, mine.dailyGoals(), recorded.today(user).day().totals().actions());
    }
}
