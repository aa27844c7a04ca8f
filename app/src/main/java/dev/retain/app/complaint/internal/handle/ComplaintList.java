package dev.retain.app.complaint.internal.handle;

import dev.retain.app.complaint.ComplaintView;
import dev.retain.app.complaint.internal.intake.ComplaintStore;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The handler's lists over complaint (own table): by state with filters, counts per state, one complaint's filter record. */
@Repository
public class ComplaintList {

    public static final List<String> STATES = List.of("intake", "filtered", "handling", "callback", "closed");

    private final JdbcClient jdbc;

    public ComplaintList(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Map<String, Long> countsByState() {
        Map<String, Long> m = new LinkedHashMap<>();
        STATES.forEach(s -> m.put(s, 0L));
        jdbc.sql("select state, count(*) from complaint group by state").query((rs, n) -> m.put(rs.getString(1), rs.getLong(2))).list();
        return m;
    }

    /** Newest first, at most 200; null filters match everything. */
    public List<ComplaintView> list(String state, String priority, String category) {
        return jdbc.sql("select " + ComplaintStore.Columns.COLUMNS + " " + """
                         from complaint where (?::text is null or state = ?) and (?::text is null or priority = ?)
                         and (?::text is null or category = ?) order by received_at desc, id desc limit 200""")
                .params(state, state, priority, priority, category, category).query(ComplaintStore.Columns::view).list();
    }

    public List<String> categories() {
        return jdbc.sql("select distinct category from complaint order by category limit 100").query(String.class).list();
    }

    public record FilterRecord(BigDecimal score, String contributions, String proposed, String override, String filteredBy) {
    }

    public FilterRecord filterOf(long id) {
        return jdbc.sql("select filter_score, filter_contributions::text, proposed_priority, priority_override, filtered_by from complaint where id = ?")
                .param(id).query((rs, n) -> new FilterRecord(rs.getBigDecimal(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5))).single();
    }
}
