package dev.retain.app.survey.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Surveys ({@code retain.survey}): a link lasts {@code link-days} days; no customer is asked twice within
 * {@code window-days} days (samples and the survey after a closed complaint alike); one draw sends at most
 * {@code max-sample} links; the gap analysis ranks and calls out only cells of at least {@code gap-min-sample} answers;
 * {@code public-base-url} is where the links point (empty: the sending request's own base,
 * and for the survey after a complaint, which has no request, {@code http://localhost:<server.port>}).
 */
@ConfigurationProperties("retain.survey")
public record SurveySettings(
        @DefaultValue("7") int linkDays,
        @DefaultValue("90") int windowDays,
        @DefaultValue("2000") int maxSample,
        @DefaultValue("30") int gapMinSample,
        @DefaultValue("") String publicBaseUrl) {

    public SurveySettings {
        if (linkDays < 1 || linkDays > 30) throw new IllegalArgumentException("retain.survey.link-days: 1..30");
        if (windowDays < 0 || windowDays > 730) throw new IllegalArgumentException("retain.survey.window-days: 0..730");
        if (gapMinSample < 1 || gapMinSample > 10_000) throw new IllegalArgumentException("retain.survey.gap-min-sample: 1..10000");
        if (maxSample < 1) throw new IllegalArgumentException("retain.survey.max-sample: ≥ 1");
        if (publicBaseUrl != null && !publicBaseUrl.isEmpty() && !publicBaseUrl.matches("https?://[^\\s/]+(/[^\\s]*)?")) {
            throw new IllegalArgumentException("retain.survey.public-base-url: an http(s) URL");
        }
    }
}
