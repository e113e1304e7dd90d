package io.cockpit.adapters.sentry;

import io.cockpit.domain.shared.Text;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * What of an app's error event may reach Sentry, before the text is scrubbed: an allow-list, because an app's event
 * carries what its screen showed (a contact's name in an exception's message, a message draft in {@code extra}, a
 * profile's address in the page URL, clicks on contact cards in breadcrumbs), and the text scrubber knows only the
 * signed-in user's own name and address. Kept: the event's id, time, level, platform, release and SDK; of each
 * exception its type, mechanism and stack frames (function, line, column, and the file if it is a script, else its
 * origin); the page's origin; the browser's and
 * operating system's name and version; the source maps' ids. Everything else goes: the message, exception values,
 * breadcrumbs, extra, tags, user, transaction, fingerprint, the request's path, query, headers and body, frames'
 * source lines and variables. A pure function on the event as a JSON tree.
 */
final class AppEventAllowList {

    private static final Set<String> TOP_LEVEL = Set.of("event_id", "timestamp", "level", "platform", "release",
            "dist", "environment");
    private static final Set<String> SDK = Set.of("name", "version");
    private static final Set<String> MECHANISM = Set.of("type", "handled", "synthetic");
    private static final Set<String> FRAME = Set.of("filename", "abs_path", "function", "module", "lineno", "colno",
            "in_app", "platform");
    private static final Set<String> FRAME_URLS = Set.of("filename", "abs_path");
    /** A source file's extension at the end of a path: what a frame of the app's own code names. */
    private static final Pattern SCRIPT = Pattern.compile("\\.(?:js|mjs|cjs|jsx|ts|tsx|vue|svelte)$",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> CONTEXTS = Set.of("browser", "os");
    private static final Set<String> CONTEXT = Set.of("name", "version", "type");
    private static final Set<String> DEBUG_IMAGE = Set.of("type", "code_file", "debug_id");
    private static final Set<String> IMAGE_URLS = Set.of("code_file");

    private AppEventAllowList() {
    }

    static Map<String, Object> kept(Map<?, ?> event) {
        Map<String, Object> kept = fields(event, TOP_LEVEL);
        map(event.get("sdk")).ifPresent(sdk -> kept.put("sdk", fields(sdk, SDK)));
        map(event.get("exception")).map(exception -> list(exception.get("values")))
                .ifPresent(values -> kept.put("exception", Map.of("values", each(values, AppEventAllowList::exception))));
        map(event.get("request")).map(request -> request.get("url")).flatMap(AppEventAllowList::origin)
                .ifPresent(origin -> kept.put("request", Map.of("url", origin)));
        map(event.get("contexts")).ifPresent(contexts -> {
            Map<String, Object> allowed = new LinkedHashMap<>();
            CONTEXTS.forEach(name -> map(contexts.get(name)).ifPresent(context ->
                    allowed.put(name, fields(context, CONTEXT))));
            kept.put("contexts", allowed);
        });
        map(event.get("debug_meta")).map(meta -> list(meta.get("images")))
                .ifPresent(images -> kept.put("debug_meta", Map.of("images",
                        each(images, image -> withSourceFiles(fields(image, DEBUG_IMAGE), IMAGE_URLS)))));
        return kept;
    }

    private static Map<String, Object> exception(Map<?, ?> exception) {
        Map<String, Object> kept = new LinkedHashMap<>();
        if (exception.get("type") instanceof String type) {
            kept.put("type", type);
        }
        map(exception.get("mechanism")).ifPresent(mechanism -> kept.put("mechanism", fields(mechanism, MECHANISM)));
        map(exception.get("stacktrace")).map(stacktrace -> list(stacktrace.get("frames")))
                .ifPresent(frames -> kept.put("stacktrace", Map.of("frames",
                        each(frames, frame -> withSourceFiles(fields(frame, FRAME), FRAME_URLS)))));
        return kept;
    }

    /** {@code fields} with each of {@code files} as far as it is code ({@link #sourceFile}), or without it. */
    private static Map<String, Object> withSourceFiles(Map<String, Object> fields, Set<String> files) {
        files.forEach(name -> {
            if (fields.get(name) instanceof String file) {
                sourceFile(file).ifPresentOrElse(path -> fields.put(name, path), () -> fields.remove(name));
            }
        });
        return fields;
    }

    /**
     * A frame's file as far as it is code: a script's path (it ends in a source file's extension), without query; the
     * page's origin for anything else, since the frame of an inline script, an event handler attribute or eval'd code
     * names the page itself ({@code https://app.example/contacts/erika-musterfrau-4711}); nothing for a file that is
     * neither a URL nor a script.
     */
    static Optional<String> sourceFile(String file) {
        String path = Text.withoutQueryOrFragment(file);
        if (SCRIPT.matcher(path).find() || path.startsWith("<")) {
            return Optional.of(path);
        }
        return origin(path);
    }

    /** The page's scheme, host and port: its path can name a contact ({@code /contacts/petra-probe-4711}). */
    static Optional<String> origin(Object url) {
        if (!(url instanceof String text)) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(text);
            if (uri.getScheme() == null || uri.getHost() == null) {
                return Optional.empty();
            }
            return Optional.of(new URI(uri.getScheme(), null, uri.getHost(), uri.getPort(), null, null, null)
                    .toString());
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** The scalar fields of {@code map} named in {@code allowed}. */
    private static Map<String, Object> fields(Map<?, ?> map, Set<String> allowed) {
        Map<String, Object> kept = new LinkedHashMap<>();
        map.forEach((key, value) -> {
            if (key instanceof String name && allowed.contains(name) && scalar(value)) {
                kept.put(name, value);
            }
        });
        return kept;
    }

    private static List<Map<String, Object>> each(List<?> items,
                                                  Function<Map<?, ?>, Map<String, Object>> keep) {
        List<Map<String, Object>> kept = new ArrayList<>();
        items.forEach(item -> map(item).ifPresent(map -> kept.add(keep.apply(map))));
        return kept;
    }

    private static boolean scalar(Object value) {
        return value instanceof String || value instanceof Number || value instanceof Boolean;
    }

    private static Optional<Map<?, ?>> map(Object value) {
        return value instanceof Map<?, ?> map ? Optional.of(map) : Optional.empty();
    }

    private static List<?> list(Object value) {
        return value instanceof List<?> list ? list : List.of();
    }
}
