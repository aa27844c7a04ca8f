package dev.retain.app.merchant.web;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;

/** Instants as the province reads them on the merchant pages ({@code @merchantTimes.shown(t)}): local time in the business zone. */
@Component("merchantTimes")
public class MerchantTimes {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private final Clock clock;

    MerchantTimes(Clock clock) {
        this.clock = clock;
    }

    public String shown(Instant at) {
        return at == null ? "—" : SHOWN.format(at.atZone(clock.getZone()));
    }
}
