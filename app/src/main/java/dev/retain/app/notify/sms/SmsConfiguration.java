package dev.retain.app.notify.sms;

import dev.retain.app.notify.channel.ChannelSender;
import dev.retain.app.notify.sms.cmpp.CmppGateway;
import dev.retain.app.notify.sms.simulator.SmscSimulator;
import dev.retain.app.notify.sms.smpp.SmppGateway;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * The SMS channel as the settings make it: the configured gateway (SMPP, or CMPP for a China
 * Mobile ISMG); with none configured, the local SMSC simulator when {@code retain demo} asked for
 * it, else no SMS sender at all — the outbox then keeps SMS waiting ("no sender"), and {@link
 * SmsBindState} reads -1 with a log line at start saying why. Only in the server (a web
 * application): the command line's one-shot commands ({@code retain import}, {@code retain user})
 * start Spring without a web server and must not take one of the gateway's binds.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SmsSettings.class)
class SmsConfiguration {

    @Bean(destroyMethod = "close")
    @ConditionalOnWebApplication
    @Conditional(SimulatorRuns.class)
    SmscSimulator smscSimulator(SmsSettings settings, Clock clock) {
        try {
            return SmscSimulator.start(clock, settings.simulator().receiptDelay());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the local SMSC simulator on 127.0.0.1", e);
        }
    }

    @Bean(destroyMethod = "close")
    @ConditionalOnWebApplication
    @Conditional(SmsGoesOut.class)
    SmsGateway smsGateway(SmsSettings settings, SmsSendRate rate, SmsInbound inbound, Clock clock, List<SmscSimulator> simulator) {
        // a list, not an ObjectProvider: Spring then closes the gateway before the simulator it is bound to
        SmscSimulator local = simulator.isEmpty() ? null : simulator.get(0);
        if (local != null) {
            return new SmppGateway(settings.smpp().at("127.0.0.1", local.port(), SmscSimulator.SYSTEM_ID, local.password()), rate, inbound)
                    .start();
        }
        if (settings.gateway() == SmsSettings.Gateway.CMPP) return new CmppGateway(settings.cmpp(), rate, inbound, clock).start();
        return new SmppGateway(settings.smpp(), rate, inbound).start();
    }

    @Bean
    @ConditionalOnWebApplication
    @Conditional(SmsGoesOut.class)
    ChannelSender smsChannelSender(SmsGateway gateway, List<SmscSimulator> simulator) {
        // the simulator's page must never show a one-time code: it is told which texts are secret before they arrive
        return new SmsChannelSender(gateway, simulator.isEmpty() ? (to, text) -> { } : simulator.get(0)::expectSecret);
    }

    private static SmsSettings settings(ConditionContext context) {
        return Binder.get(context.getEnvironment()).bindOrCreate("retain.sms", SmsSettings.class);
    }

    /** A gateway is configured, or the simulator stands in for one. */
    static final class SmsGoesOut implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            SmsSettings s = settings(context);
            return s.gatewayConfigured() || s.simulatorRuns();
        }
    }

    static final class SimulatorRuns implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return settings(context).simulatorRuns();
        }
    }
}
