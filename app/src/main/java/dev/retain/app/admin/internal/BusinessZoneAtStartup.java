package dev.retain.app.admin.internal;

import dev.retain.app.admin.RetentionSettings;
import dev.retain.app.core.BusinessClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Puts the saved business time zone into the application's clock once every bean exists (so the
 * migrations have run) and before the application serves or schedules anything. A save on this
 * instance updates the clock at once ({@link dev.retain.app.admin.SettingsEditor}); another
 * instance picks a new zone up when it next starts.
 */
@Component
class BusinessZoneAtStartup implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(BusinessZoneAtStartup.class);

    private final RetentionSettings settings;
    private final BusinessClock clock;

    BusinessZoneAtStartup(RetentionSettings settings, BusinessClock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public void afterSingletonsInstantiated() {
        clock.useZone(settings.businessZone());
        log.info("business time zone {}", clock.getZone());
    }
}
