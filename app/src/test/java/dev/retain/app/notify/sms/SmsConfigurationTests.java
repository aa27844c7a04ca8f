package dev.retain.app.notify.sms;

import static dev.retain.app.notify.sms.SmsTestSupport.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retain.app.notify.Channel;
import dev.retain.app.notify.channel.ChannelSender;
import dev.retain.app.notify.sms.cmpp.CmppGateway;
import dev.retain.app.notify.sms.simulator.SmscSimulator;
import dev.retain.app.notify.sms.smpp.SmppGateway;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Which SMS sender the settings make (issue 11 point 4): the wiring alone, nothing is sent (the
 * database is never asked, so none is given).
 */
@ExtendWith(OutputCaptureExtension.class)
class SmsConfigurationTests {

    private static WebApplicationContextRunner runner() {
        DataSource neverAsked = new SimpleDriverDataSource();
        return new WebApplicationContextRunner()
                .withBean(Clock.class, Clock::systemUTC)
                .withBean(SimpleMeterRegistry.class, SimpleMeterRegistry::new)
                .withBean(DataSource.class, () -> neverAsked)
                .withBean(PlatformTransactionManager.class, () -> new DataSourceTransactionManager(neverAsked))
                .withUserConfiguration(SmsConfiguration.class, SmsSendRate.class, InboundParts.class, SmsInbound.class, SmsBindState.class);
    }

    private static double gauge(org.springframework.context.ApplicationContext context) {
        return context.getBean(MeterRegistry.class).get("retain.sms.bind.state").gauge().value();
    }

    @Test
    void withoutAGatewayServeHasNoSmsSenderTheGaugeReadsMinusOneAndTheStartSaysWhy(CapturedOutput output) {
        runner().run(context -> {
            assertThat(context).hasNotFailed().doesNotHaveBean(ChannelSender.class).doesNotHaveBean(SmsGateway.class)
                    .doesNotHaveBean(SmscSimulator.class);
            assertThat(gauge(context)).isEqualTo(-1);
            assertThat(context.getBean(SmsBindState.class).problem()).isEqualTo("no SMS gateway configured");
        });
        assertThat(output).contains("SMS: no gateway configured (retain.sms.smpp.host, RETAIN_SMS_SMPP_HOST, is empty)");
    }

    @Test
    void theCommandLinesOneShotCommandsTakeNoBindAndSayNothing(CapturedOutput output) throws Exception {
        try (TestSmsc smsc = TestSmsc.start()) {
            DataSource neverAsked = new SimpleDriverDataSource();
            new ApplicationContextRunner()
                    .withBean(Clock.class, Clock::systemUTC)
                    .withBean(SimpleMeterRegistry.class, SimpleMeterRegistry::new)
                    .withBean(DataSource.class, () -> neverAsked)
                    .withBean(PlatformTransactionManager.class, () -> new DataSourceTransactionManager(neverAsked))
                    .withUserConfiguration(SmsConfiguration.class, SmsSendRate.class, InboundParts.class, SmsInbound.class, SmsBindState.class)
                    .withPropertyValues("retain.sms.smpp.host=127.0.0.1", "retain.sms.smpp.port=" + smsc.port())
                    .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(SmsGateway.class).doesNotHaveBean(ChannelSender.class));
            assertThat(smsc.binds()).isZero();
        }
        assertThat(output).doesNotContain("SMS: no gateway configured");
    }

    @Test
    void theEnvironmentsSmppHostMakesTheSmppSenderEvenWhenTheDemoAsksForTheSimulator() throws Exception {
        try (TestSmsc smsc = TestSmsc.start()) {
            runner().withPropertyValues("retain.sms.simulator.enabled=true")
                    // the process environment as Spring Boot reads it: relaxed binding maps RETAIN_SMS_SMPP_HOST to retain.sms.smpp.host
                    .withInitializer(c -> c.getEnvironment().getPropertySources().replace("systemEnvironment", new SystemEnvironmentPropertySource("systemEnvironment",
                            Map.of("RETAIN_SMS_SMPP_HOST", "127.0.0.1", "RETAIN_SMS_SMPP_PORT", String.valueOf(smsc.port()),
                                    "RETAIN_SMS_SMPP_SYSTEM_ID", "retain-env", "RETAIN_SMS_SMPP_MAX_PER_SECOND", "40"))))
                    .run(context -> {
                        assertThat(context).hasNotFailed().doesNotHaveBean(SmscSimulator.class);
                        assertThat(context.getBean(SmsGateway.class)).isInstanceOf(SmppGateway.class);
                        assertThat(context.getBean(ChannelSender.class).channel()).isEqualTo(Channel.SMS);
                        assertThat(context.getBean(SmsSettings.class).smpp().maxPerSecond()).isEqualTo(40);
                        eventually(Duration.ofSeconds(10), () -> assertThat(gauge(context)).isEqualTo(1));
                        assertThat(smsc.binds()).isEqualTo(1);
                    });
        }
    }

    @Test
    void theGatewaySettingChoosesCmpp() throws Exception {
        try (TestIsmg ismg = TestIsmg.start("901234", "s3cret")) {
            runner().withPropertyValues("retain.sms.gateway=cmpp", "retain.sms.cmpp.host=127.0.0.1", "retain.sms.cmpp.port=" + ismg.port(),
                            "retain.sms.cmpp.sp-id=901234", "retain.sms.cmpp.shared-secret=s3cret", "retain.sms.cmpp.version=2.0")
                    .run(context -> {
                        assertThat(context).hasNotFailed();
                        assertThat(context.getBean(SmsGateway.class)).isInstanceOf(CmppGateway.class);
                        eventually(Duration.ofSeconds(10), () -> assertThat(gauge(context)).isEqualTo(1));
                        assertThat(ismg.connectVersions).containsExactly(0x20);
                    });
        }
    }

    @Test
    void theDemoWithoutAGatewayBindsToTheLocalSimulatorAndClosesTheBindBeforeTheSimulator(CapturedOutput output) {
        runner().withPropertyValues("retain.sms.simulator.enabled=true").run(context -> {
            assertThat(context).hasNotFailed().hasSingleBean(SmscSimulator.class);
            assertThat(context.getBean(ChannelSender.class).channel()).isEqualTo(Channel.SMS);
            eventually(Duration.ofSeconds(10), () -> assertThat(gauge(context)).isEqualTo(1));
            assertThat(output).contains("the local SMSC simulator listens on 127.0.0.1:" + context.getBean(SmscSimulator.class).port());
        });
        assertThat(output).doesNotContain("was lost");
    }
}
