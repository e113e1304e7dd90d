package io.cockpit.bootstrap.e2e;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * docs/privacy.md shows the register as the running server assembles it: the table between its markers must be what
 * {@link RegisterTable} renders. When a capability declares or changes a category, this fails and prints the new
 * table; {@code -Dcockpit.docs.write=true} writes it into the file instead.
 */
class PrivacyDocTest {

    static final Path DOC = Path.of("../docs/privacy.md");
    static final String BEGIN = "<!-- register:begin (generated from the register: PrivacyDocTest; do not edit) -->\n";
    static final String END = "<!-- register:end -->";

    @Test
    void theRegisterTableInTheDocsIsTheRunningServersRegister() throws IOException {
        String doc = Files.readString(DOC);
        int begin = doc.indexOf(BEGIN);
        int end = doc.indexOf(END);
        assertThat(begin).as("docs/privacy.md has the register markers").isNotNegative();
        assertThat(end).isGreaterThan(begin);
        String documented = doc.substring(begin + BEGIN.length(), end);
        String expected = RegisterTable.markdown(CockpitFixture.get(CockpitFixture.Mode.EMBEDDED).register());
        if (documented.equals(expected)) {
            return;
        }
        if (Boolean.getBoolean("cockpit.docs.write")) {
            Files.writeString(DOC, doc.substring(0, begin + BEGIN.length()) + expected + doc.substring(end));
            return;
        }
        fail("docs/privacy.md's register table is out of date (run this test with -Dcockpit.docs.write=true, or "
                + "paste):\n" + expected);
    }

    @Test
    void theTableHasARowPerCategoryAndEscapesTheColumnSeparator() {
        var register = CockpitFixture.get(CockpitFixture.Mode.EMBEDDED).register();

        String table = RegisterTable.markdown(register);

        assertThat(table.lines()).hasSize(register.categories().size() + 2);
        assertThat(table.lines().skip(2)).allSatisfy(row -> assertThat(row.split("(?<!\\\\)\\|", -1)).hasSize(11));
        assertThat(table).contains("table `data_subject_request`", "cache (Redis), pseudonymised only `cockpit:session:*`");
    }
}
