package dev.retain.app.campaign.offer;

import dev.retain.app.core.web.NotFoundException;
import dev.retain.app.security.AuditLog;
import dev.retain.engine.rules.FactCondition;
import dev.retain.engine.rules.FactConditionException;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The offer catalogue (SPEC R7.1): create, change and retire offers, find them by id (campaigns name their offers by id),
 * take one of an offer's stock. Every offer is checked whole before it is saved — its kind's parameters, its eligibility
 * rule compiled by the engine ({@link FactCondition}, CEL type-checked over the fact names), the dates, the cost, the
 * stock, the prior — and a refusal names the field it belongs to. Every change is in the audit log.
 */
@Service
public class Offers {

    public static final String AUDIT_CREATED = "offer_created";
    public static final String AUDIT_CHANGED = "offer_changed";
    public static final String AUDIT_RETIRED = "offer_retired";
    public static final String AUDIT_ACTIVATED = "offer_activated";

    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9_-]{1,29}");
    private static final BigDecimal MAX_COST = BigDecimal.valueOf(100_000);

    private final OfferCatalogueStore store;
    private final AuditLog audit;
    private final Clock clock;

    Offers(OfferCatalogueStore store, AuditLog audit, Clock clock) {
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    /** The offer, retired or not; empty when there is none with the id. */
    @Transactional(readOnly = true)
    public Optional<Offer> find(long id) {
        return store.find(id);
    }

    public Offer get(long id) {
        return store.find(id).orElseThrow(() -> new NotFoundException("no offer " + id));
    }

    /** Every offer: active first, then by code. */
    public List<Offer> list() {
        return store.all();
    }

    /** The active offers (valid or not today), by code. */
    public List<Offer> active() {
        return store.active();
    }

    @Transactional
    public long create(OfferDraft draft, String by) {
        OfferDraft d = normalised(draft);
        if (d.code() == null || !CODE.matcher(d.code()).matches()) throw new OfferRefused("code", "offer.error.code");
        OfferKind kind = OfferKind.of(d.kind());
        Map<String, String> params = checked(d, kind);
        if (store.codeTaken(d.code())) throw new OfferRefused("code", "offer.error.code-taken", d.code());
        long id;
        try {
            id = store.insert(d, kind, params, clock.instant(), by);
        } catch (DuplicateKeyException e) { // another supervisor saved the same code in between
            throw new OfferRefused("code", "offer.error.code-taken", d.code());
        }
        audit.recordAs(by, AUDIT_CREATED, "offer " + d.code(), describe(d, kind, params));
        return id;
    }

    /**
     * Changes everything but the code and the kind; {@code version} is the one the form was made from, {@code stockShown}
     * the stock left that the form showed. Acceptances take stock without a new version (they must not make every open
     * form stale), so the stock is guarded on its own: a form that leaves the stock as shown keeps the stock as it is now
     * (what was taken meanwhile stays taken); a form that sets a new stock is refused at the field when acceptances took
     * stock since it was shown, so an edit never puts back stock already given out.
     */
    @Transactional
    public void change(long id, int version, Integer stockShown, OfferDraft draft, String by) {
        Offer now = store.findForUpdate(id).orElseThrow(() -> new NotFoundException("no offer " + id));
        OfferDraft d = normalised(draft);
        Map<String, String> params = checked(d, now.kind());
        if (now.version() != version) throw new OfferRefused(null, "offer.error.stale");
        Integer stock = d.stock();
        if (Objects.equals(d.stock(), stockShown)) {
            stock = now.stock();
        } else if (!Objects.equals(now.stock(), stockShown)) {
            throw new OfferRefused("stock", "offer.error.stock-moved", shown(stockShown), shown(now.stock()));
        }
        OfferDraft saved = new OfferDraft(d.code(), d.nameZh(), d.nameEn(), d.kind(), d.params(), d.eligibility(), d.cost(), d.validFrom(),
                d.validTo(), stock, d.priorAcceptance());
        if (!store.update(id, version, saved, params, clock.instant(), by)) throw new OfferRefused(null, "offer.error.stale");
        audit.recordAs(by, AUDIT_CHANGED, "offer " + now.code(), describe(saved, now.kind(), params));
    }

    private static String shown(Integer stock) {
        return stock == null ? "-" : stock.toString();
    }

    /** Retires an offer (never offered again, its history kept) or makes it active again. */
    @Transactional
    public void setActive(long id, int version, boolean active, String by) {
        Offer offer = get(id);
        if (!store.setState(id, version, active ? "active" : "retired", clock.instant(), by)) throw new OfferRefused(null, "offer.error.stale");
        audit.recordAs(by, active ? AUDIT_ACTIVATED : AUDIT_RETIRED, "offer " + offer.code(), "version " + version);
    }

    /**
     * One acceptance of the offer: takes one of its stock when it counts one (false when none is left), else only counts
     * it. Safe under any number of parallel takes: one conditional update each.
     */
    @Transactional
    public boolean take(long id) {
        return store.take(id);
    }

    private static Map<String, String> checked(OfferDraft d, OfferKind kind) {
        if (d.nameZh() == null || d.nameZh().isEmpty() || d.nameZh().length() > 100) throw new OfferRefused("nameZh", "offer.error.name");
        if (d.nameEn() == null || d.nameEn().isEmpty() || d.nameEn().length() > 100) throw new OfferRefused("nameEn", "offer.error.name");
        Map<String, String> params = kind.checked(d.params());
        if (d.eligibility() == null || d.eligibility().isEmpty() || d.eligibility().length() > 2000) {
            throw new OfferRefused("eligibility", "offer.error.eligibility-missing");
        }
        try {
            FactCondition.compile(d.eligibility());
        } catch (FactConditionException e) {
            throw new OfferRefused("eligibility", "offer.error.eligibility", e.getMessage());
        }
        if (d.cost() == null || d.cost().signum() < 0 || d.cost().scale() > 2 || d.cost().compareTo(MAX_COST) > 0) {
            throw new OfferRefused("cost", "offer.error.cost");
        }
        if (d.validFrom() == null || d.validTo() == null) throw new OfferRefused("validFrom", "offer.error.dates");
        if (d.validTo().isBefore(d.validFrom())) throw new OfferRefused("validTo", "offer.error.dates-order");
        if (d.stock() != null && (d.stock() < 0 || d.stock() > 10_000_000)) throw new OfferRefused("stock", "offer.error.stock");
        if (d.priorAcceptance() == null || d.priorAcceptance().signum() <= 0 || d.priorAcceptance().compareTo(BigDecimal.ONE) >= 0
                || d.priorAcceptance().scale() > 4) {
            throw new OfferRefused("priorAcceptance", "offer.error.prior");
        }
        return params;
    }

    private static OfferDraft normalised(OfferDraft d) {
        return new OfferDraft(strip(d.code()) == null ? null : strip(d.code()).toUpperCase(java.util.Locale.ROOT), strip(d.nameZh()),
                strip(d.nameEn()), d.kind(), d.params(), strip(d.eligibility()), d.cost(), d.validFrom(), d.validTo(), d.stock(),
                d.priorAcceptance());
    }

    private static String strip(String s) {
        return s == null ? null : s.strip();
    }

    private static String describe(OfferDraft d, OfferKind kind, Map<String, String> params) {
        return kind.code() + " " + params + ", eligibility: " + d.eligibility() + ", cost " + d.cost().toPlainString() + ", valid "
                + d.validFrom() + ".." + d.validTo() + ", stock " + (d.stock() == null ? "-" : d.stock()) + ", prior "
                + d.priorAcceptance().toPlainString();
    }
}
