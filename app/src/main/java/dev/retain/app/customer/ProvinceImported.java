package dev.retain.app.customer;

import java.time.YearMonth;
import java.util.List;

/**
 * Published after an import committed. {@code usageMonths} are the months whose usage rows
 * it loaded; the cycle module schedules the cycle for the newest of them.
 */
public record ProvinceImported(long importId, List<YearMonth> usageMonths, String username) {
}
