package dev.retain.app.retention.web;

import dev.retain.app.retention.internal.CustomerHistory.UsageMonth;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The 360 view's usage chart as data attributes for static/js/customer-trend.js (no inline
 * script: the pages run under a Content-Security-Policy). Each series is its values joined by
 * commas, oldest month first; months and plain numbers never contain a comma.
 */
record TrendChart(String months, String bill, String minutes, String dataMb) {

    static TrendChart of(List<UsageMonth> oldestFirst) {
        return new TrendChart(join(oldestFirst, UsageMonth::month), join(oldestFirst, m -> plain(m.bill())),
                join(oldestFirst, m -> Long.toString(m.mouOut())), join(oldestFirst, m -> plain(m.dataMb())));
    }

    public boolean isEmpty() {
        return months.isEmpty();
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }

    private static String join(List<UsageMonth> months, Function<UsageMonth, String> value) {
        return months.stream().map(value).collect(Collectors.joining(","));
    }
}
