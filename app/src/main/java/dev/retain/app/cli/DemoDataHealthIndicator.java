package dev.retain.app.cli;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * "demoData" in the health and readiness groups: out of service while {@code retain demo} is
 * still generating, importing and running the cycles of its province, so neither
 * {@code /actuator/health} nor {@code /actuator/health/readiness} says UP before the data
 * exists. {@code retain.demo.loading} (set by the demo command when it starts the application,
 * so there is no moment in between) starts it out of service; {@code serve} leaves it unset and
 * is ready as soon as it has started.
 */
@Component
class DemoDataHealthIndicator implements HealthIndicator {

    private volatile boolean loading;

    DemoDataHealthIndicator(@Value("${retain.demo.loading:false}") boolean loading) {
        this.loading = loading;
    }

    /** The demo data is in the database: ready. */
    void loaded() {
        loading = false;
    }

    @Override
    public Health health() {
        return loading ? Health.outOfService().withDetail("demo", "loading the demo province").build() : Health.up().build();
    }
}
