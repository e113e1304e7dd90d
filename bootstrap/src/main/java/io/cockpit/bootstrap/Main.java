package io.cockpit.bootstrap;

import io.cockpit.bootstrap.config.CockpitSettings;
import io.helidon.config.Config;
import io.helidon.logging.common.LogConfig;

import java.time.Clock;
import java.time.Duration;

/** Starts Cockpit with the configuration from application.yaml and the environment; stops it on SIGTERM. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        LogConfig.configureRuntime();
        CockpitSettings settings = CockpitSettings.from(Config.create());
        Cockpit cockpit = Cockpit.start(settings, Clock.tick(Clock.systemUTC(), Duration.ofMillis(1)));
        Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().name("cockpit-shutdown").unstarted(cockpit::close));
        FirstStartNotices.show(cockpit.firstStartNotices(), Terminal::find, System.out);
        System.out.println("Cockpit is running at http://localhost:" + cockpit.port() + " (" + settings.describeMode()
                + "). Contract: http://localhost:" + cockpit.port() + "/openapi");
    }
}
