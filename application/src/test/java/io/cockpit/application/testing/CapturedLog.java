package io.cockpit.application.testing;

import java.lang.System.Logger;
import java.util.List;
import java.util.ResourceBundle;
import java.util.concurrent.CopyOnWriteArrayList;

/** A logger that keeps what it was given, for tests of what a class logs. */
public final class CapturedLog implements Logger {

    /** One line: its level, message and the throwable logged with it (or null). */
    public record Line(Level level, String message, Throwable thrown) {
    }

    private final List<Line> lines = new CopyOnWriteArrayList<>();

    public List<Line> lines() {
        return List.copyOf(lines);
    }

    public List<String> messages() {
        return lines.stream().map(Line::message).toList();
    }

    @Override
    public String getName() {
        return "captured";
    }

    @Override
    public boolean isLoggable(Level level) {
        return true;
    }

    @Override
    public void log(Level level, ResourceBundle bundle, String message, Throwable thrown) {
        lines.add(new Line(level, message, thrown));
    }

    @Override
    public void log(Level level, ResourceBundle bundle, String format, Object... params) {
        lines.add(new Line(level, format, null));
    }
}
