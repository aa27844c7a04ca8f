package dev.retain.app.loyalty.internal;

import dev.retain.app.loyalty.InsufficientPoints;
import dev.retain.app.loyalty.LotUse;
import dev.retain.app.loyalty.PointsBalance;
import dev.retain.app.loyalty.PointsLot;
import dev.retain.app.loyalty.PointsReceipt;
import dev.retain.app.loyalty.PointsRequestConflict;
import dev.retain.app.loyalty.RedeemedPoints;
import dev.retain.app.loyalty.internal.LedgerStore.Account;
import dev.retain.app.loyalty.internal.LedgerStore.Entry;
import dev.retain.app.loyalty.internal.LedgerStore.Request;
import dev.retain.app.loyalty.internal.SubscriberPointsReadModel.Imported;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The ledger's rules, inside the caller's transaction, on the day and at the instant the caller gives. Every change
 * of a subscriber's points runs in the same order: the client key is looked up (a known key answers its first
 * receipt, or a conflict); the account row is locked; the key is looked up again (a parallel repeat of the same
 * change has committed by the time the lock is granted, and is answered, never done twice); the balance is checked;
 * the request is recorded ({@code insert … on conflict do nothing}: a parallel use of the key for another subscriber
 * waits on the unique key and is then read); then the entries, the lots' remaining and the account's balance are
 * written together. Nothing is written before a refusal, so a refusal leaves the caller's transaction usable.
 */
@Component
public class Postings {

    public static final String GRANT = "grant";
    public static final String REDEEM = "redeem";
    public static final String REVERSE = "reverse";
    public static final String ADJUST = "adjust";
    public static final String EXPIRE = "expire";
    public static final String OPENING = "opening";
    public static final String ADJUSTMENT = "adjustment";
    public static final List<String> SOURCES = List.of("tenure", "campaign", ADJUSTMENT, OPENING);

    private final LedgerStore store;
    private final SubscriberPointsReadModel subscribers;

    Postings(LedgerStore store, SubscriberPointsReadModel subscribers) {
        this.store = store;
        this.subscribers = subscribers;
    }

    /**
     * Where BOSS gave points without an expiry date, the ledger's lot expires at the end of the next calendar year
     * (a year-end clearing, as the operator's own 积分清零 runs): never, which would keep a lot forever, nor an
     * arbitrary short term that would take points away the customer was told they have.
     */
    public static LocalDate noExpiryGiven(LocalDate today) {
        return LocalDate.of(today.getYear() + 1, 12, 31);
    }

    public PointsBalance balance(String msisdn, LocalDate today, Instant now) {
        openFromImport(msisdn, false, today, now);
        List<PointsLot> lots = store.usableLots(msisdn, today);
        return new PointsBalance(msisdn, lots.stream().mapToLong(PointsLot::remaining).sum(), lots);
    }

    // ---- grant ------------------------------------------------------------------------------------

    public PointsReceipt grant(String key, String msisdn, long points, LocalDate expiresOn, String source, String reference,
                               LocalDate today, Instant now) {
        Optional<PointsReceipt> first = replay(key, msisdn, GRANT, points);
        if (first.isPresent()) return first.get();
        if (!openFromImport(msisdn, true, today, now)) throw new IllegalArgumentException("unknown subscriber " + msisdn);
        store.lockAccount(msisdn).orElseThrow();
        first = replay(key, msisdn, GRANT, points);
        if (first.isPresent()) return first.get();
        long usable = usable(msisdn, today);
        Optional<Long> id = store.insertRequest(key, msisdn, GRANT, points, reference, null, now);
        if (id.isEmpty()) return replay(key, msisdn, GRANT, points).orElseThrow();
        long lot = store.openLot(msisdn, source, today, expiresOn, points, id.get());
        store.entry(msisdn, lot, id.get(), GRANT, points, now);
        store.changeBalance(msisdn, points);
        store.balanceAfter(id.get(), usable + points);
        return new PointsReceipt(key, msisdn, GRANT, points, usable + points, List.of(new LotUse(lot, expiresOn, points)), now, false);
    }

    // ---- spend ------------------------------------------------------------------------------------

    /** A spend of {@code points} (positive) as {@code kind} (redeem): from the soonest-expiring usable lots first. */
    public PointsReceipt spend(String key, String msisdn, long points, String reference, String kind, LocalDate today, Instant now) {
        Optional<PointsReceipt> first = replay(key, msisdn, kind, -points);
        if (first.isPresent()) return first.get();
        openFromImport(msisdn, false, today, now);
        boolean hasAccount = store.lockAccount(msisdn).isPresent();
        first = replay(key, msisdn, kind, -points);
        if (first.isPresent()) return first.get();
        List<PointsLot> lots = hasAccount ? store.usableLots(msisdn, today) : List.of();
        long usable = lots.stream().mapToLong(PointsLot::remaining).sum();
        if (usable < points) throw new InsufficientPoints(usable, points);
        Optional<Long> id = store.insertRequest(key, msisdn, kind, -points, reference, null, now);
        if (id.isEmpty()) return replay(key, msisdn, kind, -points).orElseThrow();
        List<LotUse> uses = takeFromLots(msisdn, lots, points, id.get(), kind, now);
        store.balanceAfter(id.get(), usable - points);
        return new PointsReceipt(key, msisdn, kind, -points, usable - points, uses, now, false);
    }

    /** Takes {@code points} from {@code lots} in their order (they hold enough), one entry per lot touched. */
    private List<LotUse> takeFromLots(String msisdn, List<PointsLot> lots, long points, long requestId, String kind, Instant now) {
        List<LotUse> uses = new ArrayList<>();
        long left = points;
        for (PointsLot lot : lots) {
            if (left == 0) break;
            long take = Math.min(lot.remaining(), left);
            store.changeLot(lot.id(), -take);
            store.entry(msisdn, lot.id(), requestId, kind, -take, now);
            uses.add(new LotUse(lot.id(), lot.expiresOn(), -take));
            left -= take;
        }
        store.changeBalance(msisdn, -points);
        return uses;
    }

    // ---- reverse ----------------------------------------------------------------------------------

    /**
     * Gives a redemption's points back to the lots it took them from, as {@code reverse} entries. A lot whose expiry
     * day has passed gets its points back and loses them at once (an {@code expire} entry of the same request): the
     * history shows both, and the customer gets back only what is still usable. A redemption is reversed once.
     */
    public PointsReceipt reverse(String key, String originalKey, String reference, LocalDate today, Instant now) {
        Request original = store.request(originalKey).filter(r -> r.kind().equals(REDEEM))
                .orElseThrow(() -> new IllegalArgumentException("no redemption under the client key '" + originalKey + "'"));
        String msisdn = original.msisdn();
        Optional<PointsReceipt> first = replayReversal(key, original);
        if (first.isPresent()) return first.get();
        store.lockAccount(msisdn).orElseThrow();
        first = replayReversal(key, original);
        if (first.isPresent()) return first.get();
        Optional<Request> earlier = store.reversalOf(original.id());
        if (earlier.isPresent()) {
            throw new PointsRequestConflict("the redemption '" + originalKey + "' was already reversed under the client key '"
                    + earlier.get().clientKey() + "'");
        }
        List<Entry> taken = store.entriesOf(original.id()).stream().filter(e -> e.kind().equals(REDEEM)).toList();
        long back = taken.stream().filter(e -> !e.expiresOn().isBefore(today)).mapToLong(e -> -e.points()).sum();
        long usable = usable(msisdn, today);
        Optional<Long> id = store.insertRequest(key, msisdn, REVERSE, back, reference, original.id(), now);
        if (id.isEmpty()) return replayReversal(key, original).orElseThrow();
        List<LotUse> uses = new ArrayList<>();
        for (Entry e : taken) {
            long points = -e.points();
            store.entry(msisdn, e.lotId(), id.get(), REVERSE, points, now);
            uses.add(new LotUse(e.lotId(), e.expiresOn(), points));
            if (e.expiresOn().isBefore(today)) {
                // given back and expired at once: the lot's remaining stays as it is
                store.entry(msisdn, e.lotId(), id.get(), EXPIRE, -points, now);
                uses.add(new LotUse(e.lotId(), e.expiresOn(), -points));
            } else {
                store.changeLot(e.lotId(), points);
            }
        }
        store.changeBalance(msisdn, back);
        store.balanceAfter(id.get(), usable + back);
        return new PointsReceipt(key, msisdn, REVERSE, back, usable + back, uses, now, false);
    }

    // ---- reading ----------------------------------------------------------------------------------

    /** What the ledger recorded for the redemptions under {@code clientKeys} (see {@link LedgerStore#redeemed}). */
    public RedeemedPoints redeemed(Collection<String> clientKeys) {
        return store.redeemed(clientKeys);
    }

    // ---- expiry -----------------------------------------------------------------------------------

    /** One batch of the expiry: up to {@code accounts} subscribers' lots past their day. Returns the lots expired (0: done). */
    public int expireBatch(LocalDate today, Instant now, int accounts) {
        List<String> due = store.withLotsDue(today, accounts);
        if (due.isEmpty()) return 0;
        store.lockAccounts(due);
        return store.expireLots(due, today, now);
    }

    // ---- BOSS's points ----------------------------------------------------------------------------

    /**
     * Takes in BOSS's points for one subscriber with an account, after import {@code importId}: nothing when BOSS's
     * figures are those the ledger last took in (an unchanged export does not undo what happened here since); else,
     * when BOSS's points changed, an {@code adjust} by that change under the client key {@code import-<id>-<msisdn>}
     * (more: a new lot of source {@code adjustment}; less: a spend from the soonest lots, never below zero) and a
     * points_reconciliation row (the ledger before, BOSS's figure, the change applied). Returns whether it adjusted.
     */
    public boolean reconcile(long importId, String msisdn, LocalDate today, Instant now) {
        Optional<Account> account = store.lockAccount(msisdn);
        Optional<Imported> boss = subscribers.of(msisdn);
        if (account.isEmpty() || boss.isEmpty()) return false;
        Imported imported = boss.get();
        if (Objects.equals(account.get().importedPoints(), imported.points())
                && Objects.equals(account.get().importedExpiry(), imported.pointsExpiry())) {
            return false;
        }
        String key = importKey(importId, msisdn);
        // this import's adjustment was made already (a redelivered event): BOSS's figures changed again since, by a
        // later import, whose own reconciliation takes them in under its key
        if (store.request(key).isPresent()) return false;
        List<PointsLot> lots = store.usableLots(msisdn, today);
        long ledger = lots.stream().mapToLong(PointsLot::remaining).sum();
        // BOSS's own change since the ledger last took its figure in, not BOSS's figure: BOSS does not hear of the
        // redemptions made here, so setting the ledger to its figure would give every spent point back
        long lastTakenIn = account.get().importedPoints() == null ? 0 : account.get().importedPoints();
        long difference = Math.max(imported.points() - lastTakenIn, -ledger); // never below zero
        long target = ledger + difference;
        boolean adjusted = false;
        if (difference != 0) {
            Optional<Long> id = store.insertRequest(key, msisdn, ADJUST, difference, importReference(importId), null, now);
            if (id.isEmpty()) return false;
            if (difference > 0) {
                LocalDate expires = imported.pointsExpiry() != null ? imported.pointsExpiry() : noExpiryGiven(today);
                long lot = store.openLot(msisdn, ADJUSTMENT, today, expires, difference, id.get());
                store.entry(msisdn, lot, id.get(), ADJUST, difference, now);
                store.changeBalance(msisdn, difference);
            } else {
                takeFromLots(msisdn, lots, -difference, id.get(), ADJUST, now);
            }
            store.balanceAfter(id.get(), target);
            store.reconciliation(importId, msisdn, ledger, imported.usableOn(today), difference, imported.pointsExpiry(), now);
            adjusted = true;
        }
        store.takenIn(msisdn, imported.points(), imported.pointsExpiry(), now);
        return adjusted;
    }

    public static String importKey(long importId, String msisdn) {
        return importKeyPrefix(importId) + msisdn;
    }

    public static String importKeyPrefix(long importId) {
        return "import-" + importId + "-";
    }

    public static String importReference(long importId) {
        return "import " + importId;
    }

    /**
     * A subscriber the ledger meets for the first time (a balance, a grant or a spend before any import's
     * reconciliation took them in) starts from BOSS's points: the account is opened with an {@code opening} lot of the
     * imported points usable today (client key {@code opening-<msisdn>}). An account is opened for a subscriber
     * without usable points only when {@code always} (a grant needs one). Returns whether the account exists now.
     */
    private boolean openFromImport(String msisdn, boolean always, LocalDate today, Instant now) {
        if (store.accountExists(msisdn)) return true;
        Optional<Imported> boss = subscribers.of(msisdn);
        if (boss.isEmpty()) return false;
        long points = boss.get().usableOn(today);
        if (points == 0 && !always) return false;
        if (!store.insertAccount(msisdn, boss.get().points(), boss.get().pointsExpiry(), now)) return true; // a parallel caller opened it
        if (points == 0) return true;
        Optional<Long> id = store.insertRequest("opening-" + msisdn, msisdn, GRANT, points, "opening", null, now);
        if (id.isEmpty()) return true;
        LocalDate expires = boss.get().pointsExpiry() != null ? boss.get().pointsExpiry() : noExpiryGiven(today);
        long lot = store.openLot(msisdn, OPENING, today, expires, points, id.get());
        store.entry(msisdn, lot, id.get(), GRANT, points, now);
        store.changeBalance(msisdn, points);
        store.balanceAfter(id.get(), points);
        return true;
    }

    private long usable(String msisdn, LocalDate today) {
        return store.usableLots(msisdn, today).stream().mapToLong(PointsLot::remaining).sum();
    }

    /** The first receipt of {@code key} when it names this change; a conflict when it names another. */
    private Optional<PointsReceipt> replay(String key, String msisdn, String kind, long signedPoints) {
        Optional<Request> known = store.request(key);
        if (known.isEmpty()) return Optional.empty();
        Request r = known.get();
        if (!r.msisdn().equals(msisdn) || !r.kind().equals(kind) || r.points() != signedPoints) {
            throw new PointsRequestConflict("the client key '" + key + "' already names another change");
        }
        return Optional.of(receipt(r));
    }

    private Optional<PointsReceipt> replayReversal(String key, Request original) {
        Optional<Request> known = store.request(key);
        if (known.isEmpty()) return Optional.empty();
        Request r = known.get();
        if (!r.kind().equals(REVERSE) || !Objects.equals(r.reverses(), original.id())) {
            throw new PointsRequestConflict("the client key '" + key + "' already names another change");
        }
        return Optional.of(receipt(r));
    }

    private PointsReceipt receipt(Request r) {
        List<LotUse> uses = store.entriesOf(r.id()).stream().map(Entry::use).toList();
        return new PointsReceipt(r.clientKey(), r.msisdn(), r.kind(), r.points(), r.balanceAfter(), uses, r.at(), true);
    }
}
