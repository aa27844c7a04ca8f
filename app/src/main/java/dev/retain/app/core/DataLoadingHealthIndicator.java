package dev.retain.app.core;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * "dataLoading" in the health and readiness groups: out of service while the command that
 * started the application is still loading the data it serves ({@code retain demo} generating,
 * importing and running the cycles of its province), so neither {@code /actuator/health} nor
 * {@code /actuator/health/readiness} says UP before the data exists. {@code retain.readiness.await-data}
 * (set by that command when it starts the application, so there is no moment in between) starts
 * it out of service until {@link #loaded()}; {@code serve} leaves it unset and is ready as soon as
 * it has started. In core, so every application context (module slices too) has the contributor
 * the readiness group names.
 */
@Component
public class DataLoadingHealthIndicator implements HealthIndicator {

    private volatile boolean loading;

    DataLoadingHealthIndicator(@Value("${retain.readiness.await-data:false}") boolean loading) {
        this.loading = loading;
    }

    /** The data is in the database: ready. */
    public void loaded() {
        loading = false;
    }

    @Override
    public Health health() {
        return loading ? Health.outOfService().withDetail("data", "loading").build() : Health.up().build();
    }
}
