package dev.retain.app.complaint.internal.filter;

import dev.retain.engine.complaint.FilterWeights;
import dev.retain.engine.complaint.Principle;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The admin's filter (complaint_filter_setting) and area weights (complaint_area_weight). */
@Repository
public class FilterSettings {

    private final JdbcClient jdbc;

    public FilterSettings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The filter in force, read on every call (an admin's change counts at once on every instance). */
    public FilterWeights current() {
        Map<String, Double> v = values();
        Map<Principle, Double> w = new EnumMap<>(Principle.class);
        for (Principle p : Principle.values()) w.put(p, v.getOrDefault("weight." + p.code(), 0.0));
        return new FilterWeights(w, v.get("must_solve_from"), v.get("defer_below"), v.get("full_value_bill"),
                v.get("full_repeats").intValue(), v.get("repeat_window_days").intValue());
    }

    public Map<String, Double> values() {
        Map<String, Double> v = new LinkedHashMap<>();
        jdbc.sql("select key, value from complaint_filter_setting order by key")
                .query((rs, n) -> v.put(rs.getString(1), rs.getBigDecimal(2).doubleValue())).list();
        return v;
    }

    /** Stores a filter the engine accepted (the caller built it, so it is valid). */
    @Transactional
    public void save(FilterWeights w, String by) {
        Map<String, Double> v = new LinkedHashMap<>();
        for (Principle p : Principle.values()) v.put("weight." + p.code(), w.weight(p));
        v.put("must_solve_from", w.mustSolveFrom());
        v.put("defer_below", w.deferBelow());
        v.put("full_value_bill", w.fullValueBill());
        v.put("full_repeats", (double) w.fullRepeats());
        v.put("repeat_window_days", (double) w.repeatWindowDays());
        v.forEach((key, value) -> jdbc.sql("""
                        insert into complaint_filter_setting (key, value, changed_by, changed_at) values (?, ?, ?, now())
                        on conflict (key) do update set value = excluded.value, changed_by = excluded.changed_by, changed_at = now()""")
                .params(key, BigDecimal.valueOf(value), by).update());
    }

    public record AreaWeight(String region, String branch, double weight) {
    }

    public java.util.List<AreaWeight> areaWeights() {
        return jdbc.sql("select region, branch, weight from complaint_area_weight order by region, branch")
                .query((rs, n) -> new AreaWeight(rs.getString(1), rs.getString(2), rs.getBigDecimal(3).doubleValue())).list();
    }

    /** The branch's weight, else its region's, else 0.5 (an area nobody rated is of middling importance). */
    public double areaWeightOf(String region, String branch) {
        if (region == null) return 0.5;
        return jdbc.sql("""
                        select weight from complaint_area_weight where region = ? and (branch = ? or branch = '')
                        order by branch desc limit 1""")
                .params(region, branch == null ? "" : branch).query(BigDecimal.class).optional()
                .map(BigDecimal::doubleValue).orElse(0.5);
    }

    public void saveAreaWeight(String region, String branch, double weight, String by) {
        jdbc.sql("""
                        insert into complaint_area_weight (region, branch, weight, changed_by) values (?, ?, ?, ?)
                        on conflict (region, branch) do update set weight = excluded.weight, changed_by = excluded.changed_by,
                        changed_at = now()""")
                .params(region, branch == null ? "" : branch, BigDecimal.valueOf(weight), by).update();
    }

    public void removeAreaWeight(String region, String branch) {
        jdbc.sql("delete from complaint_area_weight where region = ? and branch = ?").params(region, branch == null ? "" : branch).update();
    }
}
