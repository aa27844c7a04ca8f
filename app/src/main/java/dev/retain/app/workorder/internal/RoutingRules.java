package dev.retain.app.workorder.internal;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The admin's routing rules (work_routing_rule) and queues (work_queue): the first enabled rule by
 * position whose set columns all match names the queue; no match, the default queue.
 */
@Component
public class RoutingRules {

    public record Rule(long id, int position, String category, String region, String customerClass, String queue, boolean enabled) {
        boolean matches(String category, String region, String customerClass) {
            return enabled && (this.category == null || this.category.equals(category))
                    && (this.region == null || this.region.equals(region))
                    && (this.customerClass == null || this.customerClass.equals(customerClass));
        }
    }

    public record Queue(String code, String nameZh, String nameEn, String department, List<String> supervisors, boolean isDefault) {
    }

    private final JdbcClient jdbc;

    RoutingRules(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public String queueFor(String category, String region, String customerClass) {
        return rules().stream().filter(r -> r.matches(category, region, customerClass)).map(Rule::queue).findFirst()
                .orElseGet(this::defaultQueue);
    }

    public List<Rule> rules() {
        return jdbc.sql("select id, position, category, region, customer_class, queue, enabled from work_routing_rule order by position, id")
                .query((rs, i) -> new Rule(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getBoolean(7)))
                .list();
    }

    public List<Queue> queues() {
        return jdbc.sql("select code, name_zh, name_en, department, supervisors, is_default from work_queue order by code")
                .query((rs, i) -> new Queue(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        splitNames(rs.getString(5)), rs.getBoolean(6)))
                .list();
    }

    public boolean queueExists(String code) {
        return jdbc.sql("select count(*) from work_queue where code = ?").param(code).query(Integer.class).single() > 0;
    }

    public List<String> supervisorsOf(String queue) {
        return jdbc.sql("select supervisors from work_queue where code = ?").param(queue).query(String.class).optional()
                .map(RoutingRules::splitNames).orElse(List.of());
    }

    public String defaultQueue() {
        return jdbc.sql("select code from work_queue where is_default").query(String.class).optional()
                .orElseThrow(() -> new IllegalStateException("no default work queue: an admin must mark one"));
    }

    /** Adds a rule at the end (position = last + 10); the queue must exist. */
    public long addRule(String category, String region, String customerClass, String queue) {
        if (!queueExists(queue)) throw new IllegalArgumentException("queue: no queue '" + queue + "'");
        return jdbc.sql("""
                        insert into work_routing_rule (position, category, region, customer_class, queue)
                        values ((select coalesce(max(position), 0) + 10 from work_routing_rule), ?, ?, ?, ?) returning id""")
                .params(blankToNull(category), blankToNull(region), blankToNull(customerClass), queue).query(Long.class).single();
    }

    public void removeRule(long id) {
        jdbc.sql("delete from work_routing_rule where id = ?").param(id).update();
    }

    /** Adds or changes a queue; supervisors comma separated. */
    public void saveQueue(String code, String nameZh, String nameEn, String department, String supervisors) {
        if (code == null || !code.matches("[a-z0-9_]+")) throw new IllegalArgumentException("code: lower-case letters, digits and _ only, not '" + code + "'");
        jdbc.sql("""
                        insert into work_queue (code, name_zh, name_en, department, supervisors) values (?, ?, ?, ?, ?)
                        on conflict (code) do update set name_zh = excluded.name_zh, name_en = excluded.name_en,
                        department = excluded.department, supervisors = excluded.supervisors""")
                .params(code, required("name_zh", nameZh), required("name_en", nameEn), required("department", department),
                        String.join(",", splitNames(supervisors)))
                .update();
    }

    static List<String> splitNames(String text) {
        if (text == null || text.isBlank()) return List.of();
        return java.util.Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private static String required(String field, String value) {
        if (value == null || value.isBlank()) throw new IllegalArgumentException(field + ": required");
        return value.trim();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
