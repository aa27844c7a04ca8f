package dev.retain.app.merchant.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(CounterSettings.class)
class MerchantConfiguration {
}
