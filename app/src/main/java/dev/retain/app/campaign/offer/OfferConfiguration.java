package dev.retain.app.campaign.offer;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(OfferSettings.class)
class OfferConfiguration {
}
