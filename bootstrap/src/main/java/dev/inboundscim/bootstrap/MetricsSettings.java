package dev.inboundscim.bootstrap;

import java.time.Duration;

/**
 * The metrics' settings (SPEC §7.3).
 *
 * @param maxConnections distinct connections that get a label of their own; the rest count under {@code other}
 * @param refresh        how often the backlog gauges read the store
 */
public record MetricsSettings(int maxConnections, Duration refresh) {

    public static final MetricsSettings DEFAULTS = new MetricsSettings(1000, Duration.ofSeconds(10));
}
