package dev.retain.app.admin.internal;

import dev.retain.app.admin.RetentionSettings;
import dev.retain.app.core.BusinessClock;
import java.time.ZoneId;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Keeps the application's clock in the saved business time zone. At start, once every bean exists (so the migrations
 * have run) and before the application serves or schedules anything; then every {@value #CHECK_SECONDS} seconds, so
 * that a zone an admin saved on another instance holds here too within that time (a save on this instance updates the
 * clock at once, {@link dev.retain.app.admin.SettingsEditor}). Each instance follows on its own thread: the clock is
 * each JVM's own.
 */
@Component
class BusinessZoneFollower implements SmartInitializingSingleton, DisposableBean {

    static final int CHECK_SECONDS = 30;
    private static final Logger log = LoggerFactory.getLogger(BusinessZoneFollower.class);

    private final RetentionSettings settings;
    private final BusinessClock clock;
    private final ScheduledExecutorService checks = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "business-zone-follower");
        t.setDaemon(true);
        return t;
    });

    BusinessZoneFollower(RetentionSettings settings, BusinessClock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public void afterSingletonsInstantiated() {
        clock.useZone(settings.businessZone());
        log.info("business time zone {}", clock.getZone());
        checks.scheduleWithFixedDelay(this::follow, CHECK_SECONDS, CHECK_SECONDS, TimeUnit.SECONDS);
    }

    /** Takes the saved zone when it differs; a database that cannot be reached leaves the zone as it is until the next check. */
    void follow() {
        try {
            ZoneId saved = settings.businessZone();
            if (!saved.equals(clock.getZone())) {
                log.info("business time zone {} (saved on another instance)", saved);
                clock.useZone(saved);
            }
        } catch (RuntimeException e) {
            log.warn("could not read the business time zone: {}", e.getMessage());
        }
    }

    @Override
    public void destroy() {
        checks.shutdownNow();
    }
}
