package dev.retain.app.campaign.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(CampaignSettings.class)
class CampaignConfiguration {
}
