package dev.retain.app.survey;

import dev.retain.app.survey.internal.SurveyCustomersReadModel;
import dev.retain.app.survey.internal.SurveySettings;
import dev.retain.app.survey.internal.SurveyStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Random;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo's surveys ({@code retain demo}), once: a sample of 60 customers drawn "last month" whose answers are on file
 * (so /surveys has means and gaps: prices and efficiency fall short, the environment does not), and three live links
 * sent now through the outbox, which reach /sms/simulator and open on a phone. A later start finds the demo's sample
 * and adds nothing.
 */
@Service
public class SurveyDemo {

    /** What the demo prints: responses on file, live links sent. */
    public record Seeded(int responses, int liveLinks) {
    }

    static final String DEMO = "demo";
    private static final int ANSWERED = 60;
    private static final int LIVE = 3;
    /** How far perception falls below expectation on average, per dimension (seed 001's worries: price, waiting). */
    private static final Map<Dimension, Double> SHORTFALL = Map.of(Dimension.ATTITUDE, 0.4, Dimension.EFFICIENCY, 1.2,
            Dimension.QUALITY, 0.7, Dimension.ENVIRONMENT, -0.2, Dimension.PRICE, 1.6, Dimension.NEEDS, 0.9);

    private final SurveyCustomersReadModel customers;
    private final SurveyStore store;
    private final SurveyLinks links;
    private final SurveySettings settings;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final String localBase;

    SurveyDemo(SurveyCustomersReadModel customers, SurveyStore store, SurveyLinks links, SurveySettings settings, JdbcClient jdbc, Clock clock,
               @Value("${local.server.port:${server.port:8080}}") String port) {
        this.customers = customers;
        this.store = store;
        this.links = links;
        this.settings = settings;
        this.jdbc = jdbc;
        this.clock = clock;
        this.localBase = "http://localhost:" + port;
    }

    @Transactional
    public Seeded seed() {
        if (jdbc.sql("select exists (select 1 from survey_sample where drawn_by = ?)").param(DEMO).query(Boolean.class).single()) {
            return new Seeded(0, 0);
        }
        Instant now = clock.instant();
        Instant drawnAt = now.minus(Duration.ofDays(30));
        long sample = store.insertSample(SurveyLinks.DEFAULT_SURVEY, null, null, 1, settings.windowDays(), DEMO, drawnAt);
        var drawn = customers.draw(null, null, 1, now.minus(Duration.ofDays(settings.windowDays())), ANSWERED + LIVE);
        Random random = new Random(16);
        int answered = 0;
        int live = 0;
        for (var customer : drawn) {
            if (answered < ANSWERED && answered < drawn.size() - LIVE) {
                Instant sent = drawnAt.plus(Duration.ofMinutes(answered));
                long send = store.insertSend(SurveyLinks.DEFAULT_SURVEY, customer.msisdn(), "sample", sample, null, null, null,
                        "demo-" + sample + "-" + answered, DEMO, sent, sent.plus(Duration.ofDays(settings.linkDays())));
                Instant at = sent.plus(Duration.ofHours(1 + random.nextInt(48)));
                store.insertResponse(send, SurveyLinks.DEFAULT_SURVEY, customer.msisdn(), "sms_link", at, null, null, answers(random));
                answered++;
            } else if (links.send(DEMO, customer.msisdn(), SurveyLinks.Cause.sample(sample), localBase).isPresent()) {
                live++;
            }
        }
        store.sampleDrawn(sample, answered + live);
        return new Seeded(answered, live);
    }

    private static SurveyAnswers answers(Random random) {
        Map<Dimension, Integer> expected = new EnumMap<>(Dimension.class);
        Map<Dimension, Integer> received = new EnumMap<>(Dimension.class);
        for (Dimension d : Dimension.ALL) {
            int e = 5 + random.nextInt(3);
            expected.put(d, e);
            received.put(d, clamp((int) Math.round(e - SHORTFALL.get(d) + random.nextGaussian())));
        }
        int nps = Math.min(10, Math.max(0, (int) Math.round(7.5 + 2 * random.nextGaussian())));
        return new SurveyAnswers(expected, received, nps, random.nextInt(100) < 74); // seed 000: 74.22 % know their manager
    }

    private static int clamp(int v) {
        return Math.max(1, Math.min(7, v));
    }
}
