package io.cockpit.adapters.http.problem;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The table of problem codes in openapi.yaml's introduction ({@code ## Problem codes}), read as code -> statuses;
 * and how it differs from what the server can send.
 */
final class ProblemCodeTable {

    static final String HEADING = "## Problem codes";
    private static final Pattern CODE = Pattern.compile("`([a-z_]+(?:\\.[a-z_]+)+)`");
    private static final Pattern STATUS = Pattern.compile("[1-5](?:\\d\\d|xx)");

    private ProblemCodeTable() {
    }

    /** Each documented code with its statuses; a row that cannot be read, or a code listed twice, is an error. */
    static Map<String, Set<String>> parse(String description) {
        int start = description.indexOf(HEADING);
        if (start < 0) {
            throw new IllegalArgumentException("no \"" + HEADING + "\" section");
        }
        List<String> rows = description.substring(start + HEADING.length()).lines()
                .map(String::strip)
                .dropWhile(line -> !line.startsWith("|"))
                .takeWhile(line -> line.startsWith("|"))
                .skip(2) // header and separator
                .toList();
        Map<String, Set<String>> documented = new LinkedHashMap<>();
        for (String row : rows) {
            String[] cells = row.split("\\|");
            if (cells.length < 4) {
                throw new IllegalArgumentException("not a row of code | status | meaning: " + row);
            }
            Set<String> codes = all(CODE.matcher(cells[1]));
            Set<String> statuses = new LinkedHashSet<>();
            for (String status : cells[2].split("/")) {
                if (!STATUS.matcher(status.strip()).matches()) {
                    throw new IllegalArgumentException("status \"" + status.strip() + "\" is not like 404 or 4xx: " + row);
                }
                statuses.add(status.strip());
            }
            if (codes.isEmpty()) {
                throw new IllegalArgumentException("no `code` in the first column: " + row);
            }
            for (String code : codes) {
                if (documented.put(code, statuses) != null) {
                    throw new IllegalArgumentException(code + " is listed twice");
                }
            }
        }
        if (documented.isEmpty()) {
            throw new IllegalArgumentException("the \"" + HEADING + "\" section has no table");
        }
        return documented;
    }

    /** The server's registry as code -> statuses. */
    static Map<String, Set<String>> registry(List<ProblemCatalog.Entry> entries) {
        Map<String, Set<String>> sent = new LinkedHashMap<>();
        entries.forEach(entry -> sent.computeIfAbsent(entry.code(), code -> new LinkedHashSet<>()).add(entry.status()));
        return sent;
    }

    /** Every difference between the table and the registry, one line each; empty when they agree. */
    static List<String> differences(Map<String, Set<String>> documented, Map<String, Set<String>> sent) {
        List<String> differences = new ArrayList<>();
        sent.forEach((code, statuses) -> {
            if (!documented.containsKey(code)) {
                differences.add(code + " " + sorted(statuses) + " can be sent but the contract does not document it");
            } else if (!new TreeSet<>(documented.get(code)).equals(new TreeSet<>(statuses))) {
                differences.add(code + " is documented with " + sorted(documented.get(code)) + " but sent with "
                        + sorted(statuses));
            }
        });
        documented.keySet().stream().filter(code -> !sent.containsKey(code))
                .forEach(code -> differences.add(code + " is documented but the server has no such code"));
        return differences;
    }

    private static Set<String> all(Matcher matcher) {
        Set<String> found = new LinkedHashSet<>();
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    private static Set<String> sorted(Set<String> statuses) {
        return new TreeSet<>(statuses);
    }
}
