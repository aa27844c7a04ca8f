package dev.retain.app.customer;

import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The display names of regions and branches (regions.csv, table region_name) in a page's
 * language: 杭州市 / 富阳区 in Chinese, Hangzhou / Fuyang District in any other; a code without
 * a name shows as the code. Pages use it as {@code ${@regionNames.region(code, #locale)}}.
 * The few hundred names are held in memory and read again after an import here, and at most a
 * minute after one elsewhere (another instance).
 */
@Service("regionNames")
public class RegionNames {

    static final Duration FRESH_FOR = Duration.ofMinutes(1);

    private record Names(Map<String, String[]> byKey, long readAtNanos) {
    }

    private final JdbcClient jdbc;
    private volatile Names names;

    RegionNames(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The region's name in {@code locale}'s language, or its code. */
    public String region(String region, Locale locale) {
        return name(region, "", region, locale);
    }

    /** The branch's name in {@code locale}'s language, or its code. */
    public String branch(String region, String branch, Locale locale) {
        return branch == null ? null : name(region, branch, branch, locale);
    }

    /** "杭州市 / 富阳区", "Hangzhou / —" without a branch. */
    public String place(String region, String branch, Locale locale) {
        return region(region, locale) + " / " + (branch == null ? "—" : branch(region, branch, locale));
    }

    private String name(String region, String branch, String code, Locale locale) {
        if (region == null) return code;
        String[] n = current().byKey().get(key(region, branch));
        if (n == null) return code;
        return Locale.CHINESE.getLanguage().equals(locale == null ? null : locale.getLanguage()) ? n[0] : n[1];
    }

    /** Forgets the names read so far: the next page reads them again (after an import). */
    void refresh() {
        names = null;
    }

    private Names current() {
        Names n = names;
        if (n == null || System.nanoTime() - n.readAtNanos() > FRESH_FOR.toNanos()) {
            Map<String, String[]> byKey = new HashMap<>();
            jdbc.sql("select region, branch, name_zh, name_en from region_name")
                    .query(rs -> {
                        byKey.put(key(rs.getString(1), rs.getString(2)), new String[] {rs.getString(3), rs.getString(4)});
                    });
            n = new Names(Map.copyOf(byKey), System.nanoTime());
            names = n;
        }
        return n;
    }

    private static String key(String region, String branch) {
        return region + '\u0000' + branch;
    }
}
