package dev.retain.app.segment;

import dev.retain.engine.rules.FactNames;
import dev.retain.engine.rules.Facts;
import dev.retain.engine.value.Msisdn;
import java.time.YearMonth;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Plants one customer's facts of a month, for tests that evaluate offers and targets without running a cycle. */
public final class RuleFactsFixture {

    private static final List<String> NAMES = List.copyOf(FactNames.TYPES.keySet());

    private final JdbcClient jdbc;

    public RuleFactsFixture(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void put(YearMonth month, String msisdn, Facts facts) {
        jdbc.sql("delete from rule_facts where month = ? and msisdn = ?").params(month.toString(), Msisdn.canonical(msisdn)).update();
        String columns = String.join(", ", NAMES);
        String marks = String.join(", ", NAMES.stream().map(n -> "?").toList());
        Object[] values = new Object[NAMES.size() + 2];
        values[0] = month.toString();
        values[1] = Msisdn.canonical(msisdn);
        for (int i = 0; i < NAMES.size(); i++) values[i + 2] = facts.value(NAMES.get(i));
        jdbc.sql("insert into rule_facts (month, msisdn, " + columns + ") values (?, ?, " + marks + ")").params(values).update();
    }
}
