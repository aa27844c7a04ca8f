package dev.retain.app.survey;

import java.sql.Timestamp;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Planted survey responses for the gap analysis, answered on the 10th of {@code month}: 30 gold customers of branch
 * {@code east} (attitude 6→5, efficiency 5→5, quality 6→6, environment 4→5, price 6→4 for 20 of them and 6→6 for 10,
 * needs 5→4) and 2 silver customers of {@code west} (every dimension 7→1). MSISDNs {@code prefix} + 4 digits (an 11-digit
 * number); {@link #remove()} takes the responses away again (rows in a far month would be every page's "newest").
 */
public final class GapFixture {

    private final JdbcClient jdbc;
    private final String prefix;

    public GapFixture(JdbcClient jdbc, String prefix) {
        this.jdbc = jdbc;
        this.prefix = prefix;
    }

    public void plant(YearMonth month, String east, String west) {
        remove();
        for (int i = 0; i < 30; i++) {
            String msisdn = number(i);
            subscriber(msisdn, east, "gold");
            respond(msisdn, month, Map.of(Dimension.ATTITUDE, new int[] {6, 5}, Dimension.EFFICIENCY, new int[] {5, 5},
                    Dimension.QUALITY, new int[] {6, 6}, Dimension.ENVIRONMENT, new int[] {4, 5},
                    Dimension.PRICE, i < 20 ? new int[] {6, 4} : new int[] {6, 6}, Dimension.NEEDS, new int[] {5, 4}));
        }
        for (int i = 30; i < 32; i++) {
            String msisdn = number(i);
            subscriber(msisdn, west, "silver");
            Map<Dimension, int[]> worst = new EnumMap<>(Dimension.class);
            for (Dimension d : Dimension.ALL) worst.put(d, new int[] {7, 1});
            respond(msisdn, month, worst);
        }
    }

    public void remove() {
        jdbc.sql("delete from survey_answer where response_id in (select id from survey_response where msisdn like ?)").param(prefix + "%").update();
        jdbc.sql("delete from survey_response where msisdn like ?").param(prefix + "%").update();
    }

    private String number(int i) {
        return prefix + String.format("%0" + (11 - prefix.length()) + "d", i);
    }

    private void subscriber(String msisdn, String branch, String tier) {
        jdbc.sql("""
                        insert into subscriber (msisdn, msisdn_received, name, region, branch, brand, tier, join_date)
                        values (?, ?, '钱七', 'hangzhou', ?, 'gotone', ?, date '2015-01-01')
                        on conflict (msisdn) do update set branch = excluded.branch, tier = excluded.tier""")
                .params(msisdn, msisdn, branch, tier).update();
    }

    private void respond(String msisdn, YearMonth month, Map<Dimension, int[]> answers) {
        Timestamp at = Timestamp.from(month.atDay(10).atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
        long id = jdbc.sql("""
                        insert into survey_response (template_code, msisdn, channel, answered_at, recorded_by, nps, knows_manager)
                        values ('default', ?, 'phone', ?, 't-supervisor', 8, true) returning id""")
                .params(msisdn, at).query(Long.class).single();
        answers.forEach((d, ep) -> jdbc.sql("insert into survey_answer (response_id, dimension, expectation, perception) values (?, ?, ?, ?)")
                .params(id, d.code(), ep[0], ep[1]).update());
    }
}
