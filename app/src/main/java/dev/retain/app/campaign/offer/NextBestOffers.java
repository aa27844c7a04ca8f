package dev.retain.app.campaign.offer;

import dev.retain.app.admin.RetentionSettings;
import dev.retain.app.segment.RuleFacts;
import dev.retain.engine.rules.Facts;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The next best offer (SPEC R7.3): on the customer's newest rule facts, the offers that are active, valid today, with
 * stock left and whose eligibility rule holds, not held out from the customer by a campaign's holdout
 * ({@link HeldOutOffers}), less those the customer declined within the decline window or accepted
 * since the offer's first valid day ({@link OfferResponses#acceptedWithinValidity}), ranked by
 * expected value = churn score × monthly value (the bill, until the reports add lifetime value) × expected acceptance
 * (learned per offer and zone, {@link OfferResponses}) × the cycle's horizon in months − the offer's cost. Ties: the
 * cheaper offer, then the code. No facts (the customer was in no cycle yet): no ranking. Facts without a bill or a churn
 * score (NaN: the cycle could not compute them): no ranking, and the view says why.
 */
@Service
public class NextBestOffers {

    private final Offers offers;
    private final OfferResponses responses;
    private final RuleFacts facts;
    private final RetentionSettings retentionSettings;
    private final OfferSettings settings;
    private final MessageSource messages;
    private final Clock clock;
    private final EligibilityRules rules;
    private final HeldOutOffers heldOut;

    NextBestOffers(Offers offers, OfferResponses responses, RuleFacts facts, RetentionSettings retentionSettings, OfferSettings settings,
                   MessageSource messages, Clock clock, EligibilityRules rules, HeldOutOffers heldOut) {
        this.rules = rules;
        this.heldOut = heldOut;
        this.offers = offers;
        this.responses = responses;
        this.facts = facts;
        this.retentionSettings = retentionSettings;
        this.settings = settings;
        this.messages = messages;
        this.clock = clock;
    }

    /** The ranking for a customer (canonical MSISDN), reasons in {@code locale}; empty without rule facts. */
    @Transactional(readOnly = true)
    public Optional<NextBestOfferView> of(String msisdn, Locale locale) {
        return facts.of(msisdn).map(m -> rank(msisdn, m, locale));
    }

    private NextBestOfferView rank(String msisdn, RuleFacts.MonthFacts month, Locale locale) {
        Facts f = month.facts();
        LocalDate today = LocalDate.now(clock);
        Set<Long> declined = responses.declinedRecently(msisdn);
        // a campaign's holdout is not offered that campaign's offers by hand either, until its measure month has ended
        Set<Long> heldOutOffers = heldOut.of(msisdn, today);
        List<Offer> eligible = offers.active().stream()
                .filter(o -> o.offerableOn(today) && !heldOutOffers.contains(o.id()) && rules.holds(o, f)).toList();
        Set<Long> accepted = responses.acceptedWithinValidity(msisdn, eligible);
        List<Offer> candidates = new ArrayList<>();
        List<Offer> leftOut = new ArrayList<>();
        List<Offer> acceptedAlready = new ArrayList<>();
        for (Offer o : eligible) {
            if (accepted.contains(o.id())) acceptedAlready.add(o);
            else if (declined.contains(o.id())) leftOut.add(o);
            else candidates.add(o);
        }
        String segment = f.zone;
        // a fact the cycle could not compute is NaN (RuleFacts): no value at risk to weigh the offers by, so no ranking
        if (!Double.isFinite(f.bill) || !Double.isFinite(f.churnScore)) {
            String unvalued = messages.getMessage("offer.nbo.unvalued", new Object[] {month.month().toString()}, locale);
            return new NextBestOfferView(msisdn, month.month(), segment, List.of(), leftOut, acceptedAlready, settings.declineWindowDays(),
                    unvalued);
        }
        Map<Long, LearnedAcceptance> learned = responses.learnedIn(segment, candidates);
        int horizon = retentionSettings.cycleSettings().horizonMonths();
        BigDecimal bill = BigDecimal.valueOf(f.bill).setScale(2, RoundingMode.HALF_UP);
        List<RankedOffer> ranked = new ArrayList<>();
        for (Offer o : candidates) {
            LearnedAcceptance a = learned.get(o.id());
            BigDecimal ev = expectedValue(f.churnScore, bill, a.rate(), horizon, o.cost());
            ranked.add(new RankedOffer(o, f.churnScore, bill, a, horizon, ev, reason(f.churnScore, bill, a, horizon, o.cost(), ev, locale)));
        }
        ranked.sort(Comparator.comparing(RankedOffer::expectedValue).reversed()
                .thenComparing(r -> r.offer().cost()).thenComparing(r -> r.offer().code()));
        return new NextBestOfferView(msisdn, month.month(), segment, ranked, leftOut, acceptedAlready, settings.declineWindowDays(), null);
    }

    /** churn × monthly value × acceptance × horizon − cost, in CNY to the fen (half up). */
    public static BigDecimal expectedValue(double churnScore, BigDecimal monthlyValue, double acceptance, int horizonMonths, BigDecimal cost) {
        return BigDecimal.valueOf(churnScore).multiply(monthlyValue).multiply(BigDecimal.valueOf(acceptance))
                .multiply(BigDecimal.valueOf(horizonMonths)).subtract(cost).setScale(2, RoundingMode.HALF_UP);
    }

    private String reason(double churn, BigDecimal bill, LearnedAcceptance a, int horizon, BigDecimal cost, BigDecimal ev, Locale locale) {
        String zone = messages.getMessage("offer.segment." + a.segment(), null, a.segment(), locale);
        String learnedFrom = a.answers() == 0
                ? messages.getMessage("offer.nbo.from-prior", new Object[] {zone}, locale)
                : messages.getMessage("offer.nbo.learned-from", new Object[] {zone, a.answers()}, locale);
        return messages.getMessage("offer.nbo.reason", new Object[] {percent(churn), money(bill), percent(a.rate()), learnedFrom, horizon,
                money(cost), money(ev)}, locale);
    }

    /** To one decimal: the reason's figures are rounded for reading, the value is computed from the unrounded ones. */
    private static String percent(double share) {
        return BigDecimal.valueOf(share * 100).setScale(1, RoundingMode.HALF_UP).toPlainString();
    }

    private static String money(BigDecimal cny) {
        BigDecimal s = cny.stripTrailingZeros();
        return s.scale() <= 0 ? s.setScale(0).toPlainString() : cny.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
