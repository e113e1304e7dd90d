package io.cockpit.bootstrap;

import io.helidon.common.media.type.MediaTypes;
import io.helidon.metrics.api.MeterRegistry;
import io.helidon.metrics.api.MeterRegistryFormatter;
import io.helidon.metrics.api.Metrics;
import io.helidon.metrics.api.MetricsConfig;
import io.helidon.metrics.spi.MeterRegistryFormatterProvider;

import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.function.Supplier;

/** Every meter of the global registry (ours, the JVM's, the server's) in the Prometheus text format, for /metrics. */
final class PrometheusText implements Supplier<String> {

    private final MeterRegistryFormatter formatter;

    PrometheusText() {
        MeterRegistry registry = Metrics.globalRegistry();
        MetricsConfig config = MetricsConfig.create();
        this.formatter = ServiceLoader.load(MeterRegistryFormatterProvider.class).stream()
                .map(provider -> provider.get().formatter(MediaTypes.TEXT_PLAIN, config, registry, Optional.empty(),
                        List.of(), List.of()))
                .flatMap(Optional::stream)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no Prometheus formatter for the metrics on the class path"));
    }

    @Override
    public String get() {
        return formatter.format().map(Object::toString).orElse("");
    }
}
