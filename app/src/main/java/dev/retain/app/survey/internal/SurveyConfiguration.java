package dev.retain.app.survey.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(SurveySettings.class)
class SurveyConfiguration {
}
