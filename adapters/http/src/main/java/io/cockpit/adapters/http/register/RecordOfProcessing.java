package io.cockpit.adapters.http.register;

import io.cockpit.api.model.ProcessingActivity;
import io.cockpit.api.model.ProcessingActivityDataSubject;
import io.cockpit.api.model.ProcessingActivityDeletion;
import io.cockpit.api.model.ProcessingActivityLegalBasis;
import io.cockpit.api.model.ProcessingActivityRetention;
import io.cockpit.api.model.ProcessingActivityStorageInner;
import io.cockpit.domain.register.Holding;
import io.cockpit.domain.register.PersonalDataCategory;
import io.cockpit.domain.register.RetentionRule;
import io.cockpit.domain.register.StoreKind;
import io.cockpit.domain.shared.Language;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A register category as an entry of the public record. Stores are named by kind, and only the relational store by
 * its tables: cache key patterns, measurement and file names are internals that help an attacker more than a reader.
 */
final class RecordOfProcessing {

    private RecordOfProcessing() {
    }

    static ProcessingActivity activity(PersonalDataCategory category, Language language) {
        return new ProcessingActivity(
                category.id(),
                category.name().in(language),
                new ProcessingActivityDataSubject(
                        ProcessingActivityDataSubject.CodeEnum.fromValue(category.subject().wireName()),
                        category.subject().describe(language)),
                storage(category.holdings(), language),
                category.purpose().in(language),
                new ProcessingActivityLegalBasis(
                        ProcessingActivityLegalBasis.CodeEnum.fromValue(category.legalBasis().wireName()),
                        category.legalBasis().describe(language)),
                category.source().in(language),
                category.recipients().stream().map(recipient -> recipient.in(language)).toList(),
                retention(category.retention(), language),
                new ProcessingActivityDeletion(
                        ProcessingActivityDeletion.CodeEnum.fromValue(category.deletion().wireName()),
                        category.deletion().describe(language)));
    }

    /** One entry per kind of store, in the order the category names them. */
    private static List<ProcessingActivityStorageInner> storage(List<Holding> holdings, Language language) {
        Map<StoreKind, List<String>> byStore = new LinkedHashMap<>();
        for (Holding holding : holdings) {
            List<String> tables = byStore.computeIfAbsent(holding.store(), store -> new java.util.ArrayList<>());
            if (holding.store() == StoreKind.RELATIONAL) {
                tables.add(holding.name());
            }
        }
        return byStore.entrySet().stream().map(entry -> new ProcessingActivityStorageInner(
                ProcessingActivityStorageInner.StoreEnum.fromValue(entry.getKey().wireName()),
                entry.getKey().describe(language), List.copyOf(entry.getValue()))).toList();
    }

    private static ProcessingActivityRetention retention(RetentionRule rule, Language language) {
        ProcessingActivityRetention.KindEnum kind = ProcessingActivityRetention.KindEnum.fromValue(rule.kind());
        if (rule instanceof RetentionRule.AfterEvent afterEvent) {
            return new ProcessingActivityRetention(kind, afterEvent.period().toString(),
                    afterEvent.event().wireName(), rule.describe(language));
        }
        return new ProcessingActivityRetention(kind, null, null, rule.describe(language));
    }
}
