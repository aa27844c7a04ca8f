package dev.retain.app.alert;

import dev.retain.engine.alert.AlertSettings;
import dev.retain.engine.value.Money;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The usage alerts' settings ({@code retain.alerts.*}, the same as {@code retain stream}'s options, so
 * both hosts of the logic can be given the same numbers) in the business time zone of the clock: the
 * admin's zone setting moves the billing months here as it moves every other date.
 */
@Component
public class UsageAlertSettings {

    private final Clock clock;
    private final AlertSettings base;

    UsageAlertSettings(Clock clock,
                       @Value("${retain.alerts.allowance-percents:80,100}") String percents,
                       @Value("${retain.alerts.bill-shock:100}") String billShockCny,
                       @Value("${retain.alerts.late-grace:P3D}") String lateGrace,
                       @Value("${retain.alerts.dedup-window:PT24H}") String dedupWindow) {
        this.clock = clock;
        AlertSettings s = AlertSettings.defaults()
                .withAllowancePercents(AlertSettings.parsePercents(percents))
                .withLateGrace(duration("retain.alerts.late-grace", lateGrace));
        try {
            s = s.withBillShockFen(Money.parseFen(billShockCny.strip()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("retain.alerts.bill-shock: an amount in CNY such as 100 or 100.00, not '" + billShockCny + "'");
        }
        this.base = s.withDedup(duration("retain.alerts.dedup-window", dedupWindow), s.maxRememberedIds());
    }

    /** The settings in force now (the zone read at each call: the admin may change it). */
    public AlertSettings current() {
        return base.withZone(clock.getZone());
    }

    private static Duration duration(String key, String text) {
        try {
            return Duration.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(key + ": an ISO-8601 duration such as P3D or PT24H, not '" + text + "'");
        }
    }
}
