package dev.retain.app.loyalty;

import dev.retain.app.loyalty.internal.Postings;
import dev.retain.engine.value.Msisdn;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The alliance points ledger (SPEC R11.2): the balance of record of a subscriber's loyalty points.
 *
 * <ul>
 * <li>A balance is the sum of entries; each entry sits on a lot, and a lot is usable up to and including its expiry
 *     day. {@link #balance} counts the lots usable on the injected clock's day.</li>
 * <li>Every change is idempotent by the caller's client key: a repeat of the same change answers the first receipt
 *     ({@code replay}); the key with another subscriber, kind or number of points is a {@link PointsRequestConflict}.
 *     A parallel repeat waits for the first and answers it; nothing is ever done twice. Keys starting
 *     {@code import-} or {@code opening-} are the ledger's own.</li>
 * <li>A redemption spends the soonest-expiring lots first (expiry day, then the oldest lot) and never goes below zero
 *     ({@link InsufficientPoints}).</li>
 * <li>A subscriber the ledger meets for the first time starts from the points BOSS's import gave them (an
 *     {@code opening} lot), as the import's reconciliation would have opened it.</li>
 * </ul>
 *
 * The changes join a caller's transaction; a refusal ({@link InsufficientPoints}, {@link PointsRequestConflict})
 * writes nothing and leaves that transaction usable.
 */
@Service
public class PointsLedger {

    /** Subscribers per transaction of the expiry. */
    private static final int EXPIRY_BATCH = 500;
    private static final int MAX_KEY = 200;
    private static final int MAX_REFERENCE = 500;

    private final Postings postings;
    private final TransactionTemplate batches;
    private final Clock clock;

    PointsLedger(Postings postings, PlatformTransactionManager transactions, Clock clock) {
        this.postings = postings;
        this.batches = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** The points usable today, and the lots they are in, soonest expiry first. */
    @Transactional
    public PointsBalance balance(String msisdn) {
        return postings.balance(number(msisdn), today(), now());
    }

    /** Spends {@code points} (positive), soonest-expiring lots first; {@link InsufficientPoints} when fewer are usable. */
    @Transactional(noRollbackFor = {InsufficientPoints.class, PointsRequestConflict.class})
    public PointsReceipt redeem(String clientKey, String msisdn, long points, String reference) {
        String key = clientKey(clientKey);
        positive(points);
        return postings.spend(key, number(msisdn), points, reference(reference), Postings.REDEEM, today(), now());
    }

    /**
     * Refunds the redemption made under {@code originalClientKey}: new {@code reverse} entries give the points back to
     * the lots they came from. A lot whose expiry day has passed gets them back and loses them at once (an
     * {@code expire} entry in the same receipt), so the receipt's points are what is usable again. A redemption is
     * reversed once: a second reversal under another key is a {@link PointsRequestConflict}.
     */
    @Transactional(noRollbackFor = PointsRequestConflict.class)
    public PointsReceipt reverse(String clientKey, String originalClientKey, String reference) {
        String key = clientKey(clientKey);
        if (originalClientKey == null || originalClientKey.isBlank()) throw new IllegalArgumentException("originalClientKey is required");
        return postings.reverse(key, originalClientKey.trim(), reference(reference), today(), now());
    }

    /**
     * What the ledger recorded for the redemptions made under {@code clientKeys} (for a merchant's settlement, which
     * must spend exactly what the ledger spent): how many it has, the points their entries spent, how many were
     * reversed since. Reads only; unknown keys count nothing.
     */
    @Transactional(readOnly = true)
    public RedeemedPoints redeemed(java.util.Collection<String> clientKeys) {
        return postings.redeemed(clientKeys.stream().filter(java.util.Objects::nonNull).map(String::trim).distinct().toList());
    }

    /**
     * Opens a lot of {@code points} (positive) usable up to and including {@code expiresOn} (today or later).
     * {@code source}: tenure, campaign, adjustment or opening. The subscriber must be known (imported).
     */
    @Transactional(noRollbackFor = PointsRequestConflict.class)
    public PointsReceipt grant(String clientKey, String msisdn, long points, LocalDate expiresOn, String source, String reference) {
        String key = clientKey(clientKey);
        positive(points);
        if (source == null || !Postings.SOURCES.contains(source)) {
            throw new IllegalArgumentException("source must be one of " + String.join(", ", Postings.SOURCES) + ", not " + source);
        }
        LocalDate today = today();
        if (expiresOn == null || expiresOn.isBefore(today)) {
            throw new IllegalArgumentException("expiresOn must be today or later, not " + expiresOn);
        }
        return postings.grant(key, number(msisdn), points, expiresOn, source, reference(reference), today, now());
    }

    /**
     * Expires every lot whose expiry day has passed and that still has points: an {@code expire} entry for its
     * remaining points. Idempotent (an expired lot has none left); a batch of subscribers per transaction.
     * Returns the lots expired.
     */
    public int expireDue() {
        LocalDate today = today();
        Instant now = now();
        int total = 0;
        while (true) {
            Integer n = batches.execute(s -> postings.expireBatch(today, now, EXPIRY_BATCH));
            if (n == null || n == 0) return total;
            total += n;
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Microseconds, as PostgreSQL keeps them: a replay's receipt carries the same instant as the first. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static String number(String msisdn) {
        if (msisdn == null || !Msisdn.isValid(msisdn.trim())) {
            throw new IllegalArgumentException("a phone number (optional + then 5-20 digits) is required");
        }
        return Msisdn.canonical(msisdn.trim());
    }

    private static String clientKey(String clientKey) {
        if (clientKey == null || clientKey.isBlank()) throw new IllegalArgumentException("clientKey is required");
        String key = clientKey.trim();
        if (key.length() > MAX_KEY) throw new IllegalArgumentException("clientKey: at most " + MAX_KEY + " characters");
        if (key.startsWith("import-") || key.startsWith("opening-")) {
            throw new IllegalArgumentException("clientKey: keys starting import- or opening- are the ledger's own");
        }
        return key;
    }

    private static void positive(long points) {
        if (points <= 0) throw new IllegalArgumentException("points must be positive, not " + points);
    }

    private static String reference(String reference) {
        if (reference == null || reference.isBlank()) return null;
        if (reference.length() > MAX_REFERENCE) throw new IllegalArgumentException("reference: at most " + MAX_REFERENCE + " characters");
        return reference.trim();
    }
}
