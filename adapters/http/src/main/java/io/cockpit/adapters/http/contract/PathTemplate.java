package io.cockpit.adapters.http.contract;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A path of the contract such as {@code /v1/partner/accounts/{externalId}}, compiled for matching raw paths. */
public record PathTemplate(String template, Pattern pattern, List<String> names) {

    private static final Pattern PARAMETER = Pattern.compile("\\{([^}/]+)}");

    public static PathTemplate of(String template) {
        List<String> names = new ArrayList<>();
        Matcher parameter = PARAMETER.matcher(template);
        StringBuilder regex = new StringBuilder("^");
        int last = 0;
        while (parameter.find()) {
            regex.append(Pattern.quote(template.substring(last, parameter.start()))).append("([^/]+)");
            names.add(parameter.group(1));
            last = parameter.end();
        }
        regex.append(Pattern.quote(template.substring(last))).append("$");
        return new PathTemplate(template, Pattern.compile(regex.toString()), List.copyOf(names));
    }

    /** The decoded path parameters, if the raw path fits this template. */
    public Optional<Map<String, String>> match(String rawPath) {
        Matcher path = pattern.matcher(rawPath);
        if (!path.matches()) {
            return Optional.empty();
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            // '+' is a literal plus in a path, not a space
            values.put(names.get(i), URLDecoder.decode(path.group(i + 1).replace("+", "%2B"), StandardCharsets.UTF_8));
        }
        return Optional.of(values);
    }
}
