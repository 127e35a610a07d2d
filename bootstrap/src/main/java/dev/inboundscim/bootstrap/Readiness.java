package dev.inboundscim.bootstrap;

import io.helidon.health.HealthCheck;
import io.helidon.health.HealthCheckResponse;
import io.helidon.health.HealthCheckType;
import java.util.function.BooleanSupplier;

/**
 * Readiness (SPEC §7.2, {@code /observe/health/ready}): DOWN while the store does not answer and from the start of a
 * shutdown, so a load balancer sends new requests elsewhere. Liveness has no check: the process stays UP.
 */
final class Readiness implements HealthCheck {

    private final BooleanSupplier storeDown;
    private volatile boolean draining;

    Readiness(BooleanSupplier storeDown) {
        this.storeDown = storeDown;
    }

    void drain() {
        draining = true;
    }

    @Override
    public HealthCheckType type() {
        return HealthCheckType.READINESS;
    }

    @Override
    public String name() {
        return "inbound-scim";
    }

    @Override
    public HealthCheckResponse call() {
        boolean down = storeDown.getAsBoolean();
        return HealthCheckResponse.builder()
                .status(!down && !draining)
                .detail("store", down ? "DOWN" : "UP")
                .detail("draining", draining)
                .build();
    }
}
