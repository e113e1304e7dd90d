package io.cockpit.bootstrap.e2e;

import io.cockpit.domain.register.PersonalDataCategory;
import io.cockpit.domain.register.Register;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The register of personal data declares every place the running server keeps personal data: every table of the
 * live schema with a {@code user_id} (or a column the register calls personal) belongs to a category, and every
 * table a category names exists. A capability that adds a table without declaring it fails here.
 */
abstract class RegisterCoverageScenarios extends Scenarios {

    /** The tables of {@code schema} with a {@code user_id} or a personal column that no category declares. */
    static List<String> undeclaredTables(Map<String, Set<String>> schema, Register register) {
        List<String> personalColumns = new ArrayList<>(register.personalColumns());
        personalColumns.add("user_id");
        return schema.entrySet().stream()
                .filter(table -> table.getValue().stream().anyMatch(personalColumns::contains))
                .map(Map.Entry::getKey)
                .filter(table -> register.declaringTable(table).isEmpty())
                .toList();
    }

    @Test
    void everyTableWithPersonalDataIsDeclaredByACategory() {
        Map<String, Set<String>> schema = DatabaseScan.columnsByTable(cockpit.databaseSettings());
        assertThat(schema).as("the scan must see the tables it checks").containsKey("account");
        assertThat(undeclaredTables(schema, cockpit.register()))
                .as("tables holding personal data that no register category declares").isEmpty();
    }

    @Test
    void aTableThatNoCategoryDeclaresIsFound() {
        Map<String, Set<String>> schema = DatabaseScan.columnsByTable(cockpit.databaseSettings());
        Register withoutLabels = Register.of(cockpit.register().categories().stream()
                .filter(category -> !category.id().equals("labels")).toList());
        assertThat(undeclaredTables(schema, withoutLabels)).containsExactly("label", "label_count");
    }

    @Test
    void everyDeclaredTableExistsAndHoldsTheColumnsItsCategoryNames() {
        Map<String, Set<String>> schema = DatabaseScan.columnsByTable(cockpit.databaseSettings());
        for (PersonalDataCategory category : cockpit.register().categories()) {
            for (String table : category.tables()) {
                assertThat(schema).as(category.id() + " declares table " + table).containsKey(table);
            }
            Set<String> columnsOfItsTables = category.tables().stream()
                    .flatMap(table -> schema.getOrDefault(table, Set.of()).stream())
                    .collect(java.util.stream.Collectors.toSet());
            if (!category.tables().isEmpty()) {
                assertThat(columnsOfItsTables).as(category.id() + "'s personal columns")
                        .containsAll(category.personalColumns());
            }
        }
    }
}
