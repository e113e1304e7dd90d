package io.cockpit.bootstrap.e2e;

import io.cockpit.domain.register.Holding;
import io.cockpit.domain.register.Localized;
import io.cockpit.domain.register.PersonalDataCategory;
import io.cockpit.domain.register.Register;
import io.cockpit.domain.register.StoreKind;
import io.cockpit.domain.shared.Language;

import java.util.List;
import java.util.stream.Collectors;

/** The register as the Markdown table of docs/privacy.md (English), one row per category in register order. */
final class RegisterTable {

    private static final Language EN = Language.EN;

    private RegisterTable() {
    }

    static String markdown(Register register) {
        StringBuilder table = new StringBuilder()
                .append("| category | whose | kept in | purpose | legal basis | source | recipients | retention | deletion |\n")
                .append("|---|---|---|---|---|---|---|---|---|\n");
        for (PersonalDataCategory category : register.categories()) {
            table.append("| ").append(String.join(" | ", List.of(
                    "**" + cell(category.name().en()) + "** (`" + category.id() + "`)",
                    cell(category.subject().describe(EN)),
                    category.holdings().stream().map(RegisterTable::holding).collect(Collectors.joining("; ")),
                    cell(category.purpose().en()),
                    cell(category.legalBasis().describe(EN)),
                    cell(category.source().en()),
                    category.recipients().isEmpty() ? "none" : category.recipients().stream().map(Localized::en)
                            .map(RegisterTable::cell).collect(Collectors.joining("; ")),
                    cell(category.retention().describe(EN)),
                    cell(category.deletion().describe(EN))))).append(" |\n");
        }
        return table.toString();
    }

    private static String holding(Holding holding) {
        return holding.store() == StoreKind.RELATIONAL ? "table `" + holding.name() + "`"
                : cell(holding.store().describe(EN)) + " `" + holding.name() + "`";
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
