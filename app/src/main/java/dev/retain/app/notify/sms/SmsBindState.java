package dev.retain.app.notify.sms;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;
import org.springframework.web.context.WebApplicationContext;

/**
 * The gateway's bind state for operations: the gauge {@code retain.sms.bind.state} (Prometheus:
 * {@code retain_sms_bind_state}) reads 1 when bound, 0 while binding or after the bind was lost,
 * and -1 when no gateway is configured — then the start also logs why SMS wait.
 */
@Component
public class SmsBindState {

    private static final Logger log = LoggerFactory.getLogger(SmsBindState.class);

    private final ObjectProvider<SmsGateway> gateway;

    SmsBindState(ObjectProvider<SmsGateway> gateway, SmsSettings settings, ObjectProvider<MeterRegistry> meters, ApplicationContext context) {
        this.gateway = gateway;
        String name = settings.simulatorRuns() ? "smpp" : settings.gateway().name().toLowerCase(java.util.Locale.ROOT);
        meters.ifAvailable(registry -> Gauge.builder("retain.sms.bind.state", this, SmsBindState::value)
                .description("SMS gateway bind: 1 bound, 0 not bound, -1 no gateway configured")
                .tag("gateway", name).register(registry));
        // said by the server only: the command line's one-shot commands send no SMS anyway
        if (context instanceof WebApplicationContext && !settings.gatewayConfigured() && !settings.simulatorRuns()) {
            log.warn("SMS: no gateway configured (retain.sms.{}.host, RETAIN_SMS_{}_HOST, is empty): SMS messages wait in the outbox until one is",
                    name, name.toUpperCase(java.util.Locale.ROOT));
        }
    }

    /** 1 bound, 0 not bound, -1 no gateway. */
    public int value() {
        SmsGateway g = gateway.getIfAvailable();
        if (g == null) return -1;
        return g.bound() ? 1 : 0;
    }

    /** Why SMS do not go out now; null when they do. */
    public String problem() {
        SmsGateway g = gateway.getIfAvailable();
        return g == null ? "no SMS gateway configured" : g.problem();
    }
}
