package dev.retain.app.complaint.internal.visit;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(VisitSettings.class)
class VisitConfiguration {
}
