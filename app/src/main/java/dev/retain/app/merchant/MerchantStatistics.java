package dev.retain.app.merchant;

import dev.retain.app.merchant.internal.ActivityStore;
import java.time.Clock;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * The alliance's statistics for the operator (SPEC R11.1 "query and statistics"): each merchant's counter activity
 * over a range of months (business zone), the clubs' subtotals and the alliance's total.
 */
@Service
public class MerchantStatistics {

    /** One period's figures: per merchant, per club (every club, zeros included) and in all. */
    public record Report(YearMonth from, YearMonth to, List<MerchantActivity> merchants, Map<MerchantClub, MerchantActivity> clubs,
                         MerchantActivity total) {
    }

    private final ActivityStore store;
    private final Clock clock;

    MerchantStatistics(ActivityStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** From the first day of {@code from} to the end of {@code to} (inclusive months). */
    public Report between(YearMonth from, YearMonth to) {
        if (to.isBefore(from)) throw new MerchantRefused("merchant.error.months", from, to);
        List<MerchantActivity> merchants = store.between(from.atDay(1).atStartOfDay(clock.getZone()).toInstant(),
                to.plusMonths(1).atDay(1).atStartOfDay(clock.getZone()).toInstant());
        Map<MerchantClub, MerchantActivity> clubs = new EnumMap<>(MerchantClub.class);
        for (MerchantClub club : MerchantClub.values()) {
            clubs.put(club, sum(merchants.stream().filter(m -> m.club() == club).toList(), club));
        }
        return new Report(from, to, merchants, clubs, sum(merchants, null));
    }

    /** This month (business zone). */
    public YearMonth thisMonth() {
        return YearMonth.now(clock);
    }

    private static MerchantActivity sum(List<MerchantActivity> rows, MerchantClub club) {
        // distinct customers do not add up across merchants: the subtotal counts customer-merchant pairs
        return new MerchantActivity(0, "", "", club, true, rows.stream().mapToLong(MerchantActivity::redemptions).sum(),
                rows.stream().mapToLong(MerchantActivity::experiences).sum(), rows.stream().mapToLong(MerchantActivity::consumptions).sum(),
                rows.stream().mapToLong(MerchantActivity::points).sum(), rows.stream().mapToLong(MerchantActivity::valueFen).sum(),
                rows.stream().mapToLong(MerchantActivity::customers).sum(), rows.stream().mapToLong(MerchantActivity::refunds).sum());
    }
}
