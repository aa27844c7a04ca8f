package dev.retain.app.merchant;

import dev.retain.app.loyalty.InsufficientPoints;
import dev.retain.app.loyalty.PointsLedger;
import dev.retain.app.loyalty.PointsReceipt;
import dev.retain.app.merchant.internal.OfferStore;
import dev.retain.app.merchant.internal.RedemptionStore;
import dev.retain.app.security.RetainUser;
import dev.retain.app.security.Role;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The demo merchant's counter as it stood at the end of last month: a few customers' redemptions and a consumption
 * made then (spent from the ledger like any other, under {@code demo-history-…} keys), and the merchant admin's
 * application for that month's settlement, so that the operator has one to review on the first start. Once: the
 * keys and the month's settlement are found on a later start.
 */
@Component
class MerchantDemoHistory {

    private static final int CUSTOMERS = 8;

    private final RedemptionStore redemptions;
    private final OfferStore offers;
    private final PointsLedger ledger;
    private final Settlements settlements;
    private final Clock clock;

    MerchantDemoHistory(RedemptionStore redemptions, OfferStore offers, PointsLedger ledger, Settlements settlements, Clock clock) {
        this.redemptions = redemptions;
        this.offers = offers;
        this.ledger = ledger;
        this.settlements = settlements;
        this.clock = clock;
    }

    /** Joins the caller's transaction. Returns the settlement applied for (or found), if there was anything to settle. */
    Optional<SettlementView> seed(MerchantView merchant, RetainUser merchantAdmin, RetainUser clerk, List<String> customers) {
        YearMonth lastMonth = YearMonth.now(clock).minusMonths(1);
        Optional<SettlementView> applied = settlements.ofMyMerchant(merchantAdmin).stream()
                .filter(s -> s.period().equals(lastMonth.toString())).findFirst();
        if (applied.isPresent()) return applied;
        if (redemptions.byKey(merchant.id(), key(lastMonth, 0)).isEmpty()) record(merchant, clerk, customers, lastMonth);
        if (redemptions.byKey(merchant.id(), key(lastMonth, 0)).isEmpty()) return Optional.empty();
        try {
            return Optional.of(settlements.apply(merchantAdmin, lastMonth.toString()));
        } catch (MerchantRefused refused) {
            return Optional.empty(); // e.g. no contract any more: the demo goes on without one to review
        }
    }

    private void record(MerchantView merchant, RetainUser clerk, List<String> customers, YearMonth month) {
        OfferView offer = offers.ofMerchant(merchant.id()).stream().filter(o -> !o.experience()).findFirst().orElse(null);
        int n = 0;
        for (String msisdn : customers.subList(0, Math.min(CUSTOMERS, customers.size()))) {
            LocalDate day = month.atDay(1 + (n * 3) % month.lengthOfMonth());
            boolean asOffer = offer != null && n % 4 != 3 && offers.take(offer.id(), day);
            long points = asOffer ? offer.pointsPrice() : 500;
            long valueFen = asOffer ? offer.valueFen() : points; // a consumption's point is worth a fen (the counter's default)
            String key = key(month, n);
            PointsReceipt spent;
            try {
                spent = ledger.redeem(Counter.ledgerKey(merchant.id(), key), msisdn, points, "merchant:" + merchant.code() + ":demo history");
            } catch (InsufficientPoints e) {
                if (asOffer) offers.giveBack(offer.id());
                continue;
            }
            long id = redemptions.nextId();
            String receiptNo = Counter.receiptNo(merchant, day, id);
            redemptions.insert(id, merchant.id(), key, receiptNo, clerk.username(), msisdn, asOffer ? "redemption" : "consumption",
                    asOffer ? offer.id() : null, points, valueFen, Counter.ledgerKey(merchant.id(), key), spent.balanceAfter(),
                    day.atTime(LocalTime.of(10 + n % 8, 15)).atZone(clock.getZone()).toInstant());
            n++;
        }
    }

    private static String key(YearMonth month, int n) {
        return "demo-history-" + month + "-" + n;
    }
}
