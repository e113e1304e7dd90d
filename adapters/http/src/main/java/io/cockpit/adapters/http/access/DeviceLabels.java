package io.cockpit.adapters.http.access;

import io.cockpit.domain.access.DeviceLabel;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A coarse device label from a User-Agent ("Firefox on Linux", "Cockpit app on iPhone"). Only the label is kept:
 * the full User-Agent would help to fingerprint the person.
 */
public final class DeviceLabels {

    private static final List<Map.Entry<String, String>> APPS = List.of(
            Map.entry("cockpit", "Cockpit app"),
            Map.entry("edg/", "Edge"),
            Map.entry("opr/", "Opera"),
            Map.entry("firefox/", "Firefox"),
            Map.entry("chrome/", "Chrome"),
            Map.entry("safari/", "Safari"),
            Map.entry("curl/", "curl"));
    private static final List<Map.Entry<String, String>> SYSTEMS = List.of(
            Map.entry("iphone", "iPhone"),
            Map.entry("ipad", "iPad"),
            Map.entry("android", "Android"),
            Map.entry("windows", "Windows"),
            Map.entry("mac os", "macOS"),
            Map.entry("cros", "ChromeOS"),
            Map.entry("linux", "Linux"));

    private DeviceLabels() {
    }

    public static DeviceLabel fromUserAgent(String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return DeviceLabel.UNKNOWN;
        }
        String ua = userAgent.toLowerCase(Locale.ROOT);
        String app = first(APPS, ua);
        String system = first(SYSTEMS, ua);
        if (app == null && system == null) {
            return DeviceLabel.UNKNOWN;
        }
        if (app == null) {
            return new DeviceLabel("Browser on " + system);
        }
        return new DeviceLabel(system == null ? app : app + " on " + system);
    }

    private static String first(List<Map.Entry<String, String>> known, String ua) {
        return known.stream().filter(entry -> ua.contains(entry.getKey())).map(Map.Entry::getValue).findFirst()
                .orElse(null);
    }
}
