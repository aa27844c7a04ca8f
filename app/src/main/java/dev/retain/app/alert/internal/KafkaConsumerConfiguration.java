package dev.retain.app.alert.internal;

import dev.retain.app.alert.AlertDelivery;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The consumer of the topology's alerts, only when {@code retain.kafka.bootstrap-servers} names a
 * cluster: without Kafka the in-process path ({@code POST /api/v1/usage-events}) is the only source.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${retain.kafka.bootstrap-servers:}'.isBlank()")
class KafkaConsumerConfiguration {

    @Bean
    KafkaSettings kafkaSettings(@Value("${retain.kafka.bootstrap-servers}") String bootstrap,
                                @Value("${retain.kafka.alerts-topic:usage-alerts}") String topic,
                                @Value("${retain.kafka.group-id:retain-app-usage-alerts}") String groupId,
                                @Value("${retain.kafka.config-file:}") String configFile) {
        return new KafkaSettings(bootstrap.strip(), topic, groupId, KafkaSettings.readConfigFile(configFile));
    }

    @Bean
    UsageAlertConsumer usageAlertConsumer(KafkaSettings settings, AlertDelivery delivery, PlatformTransactionManager transactions) {
        return new UsageAlertConsumer(settings, delivery, transactions);
    }

    /** Starts reading once the application is up; stops before the database goes. */
    @Bean
    SmartLifecycle usageAlertConsumerLifecycle(UsageAlertConsumer consumer) {
        return new SmartLifecycle() {
            private volatile boolean running;

            @Override
            public void start() {
                consumer.start();
                running = true;
            }

            @Override
            public void stop() {
                consumer.stop();
                running = false;
            }

            @Override
            public boolean isRunning() {
                return running;
            }
        };
    }
}
