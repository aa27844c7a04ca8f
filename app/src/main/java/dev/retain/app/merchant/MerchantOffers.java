package dev.retain.app.merchant;

import dev.retain.app.merchant.internal.OfferStore;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A merchant's offers (SPEC R11.1): what customers can take, at what points price, from when to when, how many in
 * all. Every call names the merchant; an offer of another merchant is {@link MerchantNotFound}.
 */
@Service
public class MerchantOffers {

    private static final Set<String> KINDS = Set.of("redemption", "experience");
    private static final long MAX_POINTS = 10_000_000;
    private static final BigDecimal MAX_YUAN = new BigDecimal("1000000");

    private final OfferStore store;
    private final Merchants merchants;
    private final Clock clock;

    MerchantOffers(OfferStore store, Merchants merchants, Clock clock) {
        this.store = store;
        this.merchants = merchants;
        this.clock = clock;
    }

    public List<OfferView> of(long merchantId) {
        return store.ofMerchant(merchantId);
    }

    /** The offers a customer could take today. */
    public List<OfferView> usableToday(long merchantId) {
        LocalDate today = LocalDate.now(clock);
        return store.ofMerchant(merchantId).stream().filter(o -> o.usableOn(today)).toList();
    }

    public OfferView get(long merchantId, long offerId) {
        return store.find(merchantId, offerId).orElseThrow(() -> new MerchantNotFound("offer " + offerId));
    }

    @Transactional
    public OfferView create(long merchantId, OfferDraft draft) {
        if (merchants.get(merchantId).deleted()) throw new MerchantRefused("merchant.error.deleted", merchantId);
        String kind = draft.kind() == null ? "" : draft.kind().strip();
        if (!KINDS.contains(kind)) throw new MerchantRefused("merchant.error.offer-kind", kind);
        checkCommon(draft);
        long id = store.insert(merchantId, draft.title().strip(), kind, draft.pointsPrice(), fen(draft.valueYuan()), draft.validFrom(),
                draft.validTo(), draft.quota(), clock.instant());
        return get(merchantId, id);
    }

    /** Changes all but the kind; a quota below the uses already made is refused. */
    @Transactional
    public OfferView change(long merchantId, long offerId, OfferDraft draft, boolean active) {
        get(merchantId, offerId);
        checkCommon(draft);
        if (!store.update(merchantId, offerId, draft.title().strip(), draft.pointsPrice(), fen(draft.valueYuan()), draft.validFrom(),
                draft.validTo(), draft.quota(), active)) {
            throw new MerchantRefused("merchant.error.quota-below-used", draft.quota());
        }
        return get(merchantId, offerId);
    }

    private static void checkCommon(OfferDraft d) {
        if (d.title() == null || d.title().isBlank() || d.title().strip().length() > 100) throw new MerchantRefused("merchant.error.title");
        if (d.pointsPrice() < 0 || d.pointsPrice() > MAX_POINTS) throw new MerchantRefused("merchant.error.points-price", d.pointsPrice());
        if (d.valueYuan() == null || d.valueYuan().signum() < 0 || d.valueYuan().compareTo(MAX_YUAN) > 0 || d.valueYuan().scale() > 2) {
            throw new MerchantRefused("merchant.error.value", String.valueOf(d.valueYuan()));
        }
        if (d.validFrom() == null || d.validTo() == null || d.validTo().isBefore(d.validFrom())) {
            throw new MerchantRefused("merchant.error.validity");
        }
        if (d.quota() != null && d.quota() <= 0) throw new MerchantRefused("merchant.error.quota", d.quota());
    }

    private static long fen(BigDecimal yuan) {
        return yuan.movePointRight(2).longValueExact();
    }
}
